# Dict views: live, len/in/iteration/reversed, reprs, set operators of keys and items
# views with sets and any iterable, equality, unhashable, not subscriptable.
d = {"a": 1, "b": 2, "c": 3}
k, v, it = d.keys(), d.values(), d.items()
print(k, v, it, type(k).__name__, type(v).__name__, type(it).__name__)
print(len(k), len(v), len(it), "a" in k, "z" in k, 2 in v, 9 in v, ("a", 1) in it, ("a", 2) in it, "a" in it)
d["d"] = 4
print(k, len(v), list(it)[-1])
for s in [k & {"a", "z"}, k | {"z"}, k - {"a"}, k ^ {"a", "z"}, {"a", "q"} & k, {"q"} | k, {"a", "b", "x"} - k, {"x"} ^ k]: print(sorted(s), type(s).__name__)
print(it & {("a", 1)}, k == {"a", "b", "c", "d"}, k != {"a"}, it == {("a", 1), ("b", 2), ("c", 3), ("d", 4)}, v == v, v == d.values())
print(k.isdisjoint({"x"}), k.isdisjoint(["a"]), list(reversed(k)), list(reversed(v)), sorted(it, reverse=True))
print(bool({}.keys()), bool(k), list(k), tuple(v), set(it) == set(d.items()), max(k), sum(v))
for key, val in d.items():
    print(key, val, end="; ")
print()
print(repr({1: [2]}.values()), str({}.items()), {"x": {"y": 1}}.items())
class K:
    def __repr__(self): return "K()"
print({K(): K()}.items(), [d.keys()])
try:
    d.keys()[0]
except TypeError as e:
    print("TypeError", e)
try:
    hash(d.keys())
except TypeError as e:
    print("TypeError", e)
print(sorted(k & [1, "a"]), sorted(k - ["a", "b"]))
try:
    k & 5
except TypeError as e:
    print("TypeError", e)
dd = dict(zip("xyz", range(3)))
print(dict(dd.items()), dict.fromkeys(dd.keys()), list(map(str, dd.values())), "-".join(dd.keys()))
