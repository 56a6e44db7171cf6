# Keys and items views compare as sets (subset/superset with sets, frozensets and other
# views; NotImplemented for anything else); dir() of slotted classes and instances.
d = {1: "a", 2: "b"}
ks, items = d.keys(), d.items()
print(ks < {1, 2, 3}, ks <= {1, 2}, ks > {1}, ks >= {1, 2}, ks == {1, 2}, ks != {1})
print({1, 2, 3} > ks, frozenset({1}) < ks, ks >= frozenset(), ks < ks, ks <= ks)
print(items <= {(1, "a"), (2, "b"), (3, "c")}, items > {(1, "a")}, items == {(1, "a"), (2, "b")})
print(ks < {1: 0, 2: 0, 3: 0}.keys(), items >= {1: "a"}.items(), ks > {}.keys())
for bad in [lambda: ks < [1], lambda: items >= (1, 2), lambda: d.values() < {1}]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)
print(ks == [1, 2], d.values() == d.values(), ks.isdisjoint([3]), items.isdisjoint([(1, "a")]))
print(sorted(ks - {1}), sorted(ks & {2}), sorted(ks | {5}), sorted(ks ^ {1, 7}))
print(sorted(items - {(1, "a")}), sorted({(2, "b"), 9} - items, key=str))


class A:
    __slots__ = ("x",)


class B(A):
    __slots__ = ("y",)


class C(A):
    pass


for obj in [A(), B(), C(), A, B, C]:
    print([n for n in dir(obj) if n in ("__dict__", "__weakref__", "__slots__", "__module__",
                                        "x", "y")])
