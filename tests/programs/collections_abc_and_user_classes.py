# collections.abc: the one-method ABCs recognise classes by their methods, builtins are
# registered, mixin methods come from the abstract ones, abstract classes refuse instances;
# ChainMap, UserDict, UserList, UserString.
import collections
import collections.abc as cabc
from collections.abc import Mapping, MutableMapping, Sequence, Iterable, Iterator, Hashable

print(isinstance([], cabc.MutableSequence), isinstance((), Sequence), isinstance("", Sequence),
      isinstance({}, MutableMapping), isinstance(set(), cabc.MutableSet),
      isinstance(frozenset(), cabc.Set), isinstance(range(3), Sequence))
print(isinstance([], Hashable), isinstance(1, Hashable), isinstance(iter([]), Iterator),
      isinstance([], Iterable), isinstance(len, cabc.Callable), isinstance(3, Iterable),
      isinstance({}.keys(), cabc.KeysView), isinstance((x for x in ()), cabc.Generator))
print(issubclass(dict, Mapping), issubclass(list, cabc.Sized), issubclass(int, cabc.Sized),
      collections.abc is cabc, isinstance(b"", cabc.ByteString))


class Table(MutableMapping):
    def __init__(self):
        self._d = {}

    def __getitem__(self, k):
        return self._d[k.lower()]

    def __setitem__(self, k, v):
        self._d[k.lower()] = v

    def __delitem__(self, k):
        del self._d[k.lower()]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)


t = Table()
t["A"] = 1
t.update({"B": 2}, C=3)
print(t["a"], "b" in t, t.get("zz", "none"), sorted(t.keys()), sorted(t.items()),
      sorted(t.values()), len(t), t.setdefault("d", 4), t.pop("D"), t == {"a": 1, "b": 2, "c": 3})
print(t.popitem(), len(t))
t.clear()
print(len(t), isinstance(t, Mapping))


class Squares(Sequence):
    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        if not 0 <= i < self.n:
            raise IndexError(i)
        return i * i

    def __len__(self):
        return self.n


s = Squares(5)
print(list(s), 9 in s, list(reversed(s)), s.index(4), s.count(1))
try:
    s.index(7)
except ValueError:
    print("ValueError")


class Incomplete(Sequence):
    def __len__(self):
        return 0


try:
    Incomplete()
except TypeError as e:
    print("TypeError", e)


class Bag(cabc.Set):
    def __init__(self, it=()):
        self._items = list(dict.fromkeys(it))

    def __contains__(self, x):
        return x in self._items

    def __iter__(self):
        return iter(self._items)

    def __len__(self):
        return len(self._items)


a, b = Bag([1, 2, 3]), Bag([2, 3, 4])
print(sorted(a & b), sorted(a | b), sorted(a - b), sorted(a ^ b), a <= Bag([1, 2, 3, 4]),
      a == Bag([3, 2, 1]), a.isdisjoint([9]))

cm = collections.ChainMap({"x": 1}, {"x": 2, "y": 3})
print(cm["x"], cm["y"], len(cm), sorted(cm), cm.new_child({"z": 0})["z"], cm.parents["x"])
cm["y"] = 9
print(cm.maps, cm)
ud = collections.UserDict(a=1)
ud["b"] = 2
print(ud, len(ud), "a" in ud, isinstance(ud, MutableMapping))
ul = collections.UserList([3, 1, 2])
ul.sort()
ul.append(5)
print(ul, ul[1:], len(ul), ul + [6], isinstance(ul, cabc.MutableSequence))
us = collections.UserString("Hello")
print(us.upper(), us + "!", len(us), us[1:3], "ell" in us, us == "Hello")
