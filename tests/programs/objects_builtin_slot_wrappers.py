# Special methods of builtin types reached through the type (slot wrappers): int.__add__,
# list.__len__, str.__getitem__..., their reprs, NotImplemented for an operand they cannot
# take, the TypeError for a receiver of another type, and use as key functions.
print(int.__add__(1, 2), int.__mul__(3, 4), int.__neg__(5), int.__lt__(1, 2), int.__eq__(2, 2))
print(int.__add__(1, "a"), int.__eq__(1, "a"), float.__truediv__(1.0, 4), float.__round__(2.567, 1))
print(str.__len__("abcd"), str.__getitem__("abc", 1), str.__add__("a", "b"), str.__contains__("abc", "b"))
print(str.__mul__("ab", 3), str.__lt__("a", "b"), str.__hash__("x") == hash("x"), str.__repr__("q"))
print(list.__len__([1, 2]), list.__getitem__([1, 2, 3], -1), tuple.__len__((1,)), dict.__len__({1: 2}))
l = [3]
list.__setitem__(l, 0, 9)
list.__init__(l, [5, 6])
print(l, list.__contains__(l, 6), dict.__getitem__({"k": 1}, "k"), set.__len__({1, 2, 3}))
d = {}
dict.__setitem__(d, "a", 1)
dict.__delitem__(d, "a")
print(d, bool.__and__(True, False), int.__abs__(-3), int.__bool__(0), frozenset.__len__(frozenset("ab")))
print(int.__add__, str.__len__, list.__getitem__)
print(sorted(["b", "C", "a"], key=str.__len__), list(map(int.__neg__, [1, 2])))
print(sum(map(int.__mul__, [1, 2, 3], [4, 5, 6])))
for f in [lambda: int.__add__("a", 1), lambda: str.__len__(3), lambda: list.__len__(), lambda: int.__nope__]:
    try:
        print(f())
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)


class MyInt(int):
    pass


print(int.__add__(MyInt(2), 3), int.__repr__(MyInt(7)))
print(str.__dict__["join"], "__add__" in int.__dict__, "append" in list.__dict__, type(int.__dict__["__add__"]).__name__)
print(int.__mro__, bool.__mro__, bool.__bases__, type(list.append).__name__, type([].append).__name__, type(len).__name__)
print(list.append, str.__dict__["join"]("-", "ab"))
