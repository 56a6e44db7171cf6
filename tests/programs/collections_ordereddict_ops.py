# collections.OrderedDict as CPython 3.11 has it: move_to_end both ways, popitem(last=...),
# equality that minds order only between OrderedDicts, reversed() of it and of its views,
# the odict_keys/odict_values/odict_items views (set operations, subset tests, mapping),
# repr OrderedDict([...]), | |= and the reflected |, fromkeys, setdefault, pop with a
# default, copy, update from pairs/mappings/keys()-only objects with CPython's messages,
# the RuntimeError of a change during iteration, and subclasses (__setitem__ is used).
from collections import OrderedDict, Counter, UserDict
import collections.abc as cabc
import json


def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, "->", r)


od = OrderedDict(a=1, b=2, c=3)
show("repr", lambda: (repr(od), repr(OrderedDict()), str(od)))
od.move_to_end("a")
show("move_to_end", lambda: od)
od.move_to_end("c", last=False)
show("move_to_end first", lambda: od)
od.move_to_end("c", False)
od.move_to_end("a", True)
show("already there", lambda: od)
show("move missing", lambda: od.move_to_end("zz"))
show("move in empty", lambda: OrderedDict().move_to_end("zz"))
show("move unhashable", lambda: od.move_to_end([1]))
show("move keywords", lambda: (od.move_to_end(key="b", last=0), od)[1])
show("popitem", lambda: (od.popitem(), od.popitem(last=False), od))
show("popitem last one", lambda: (od.popitem(False), od))
show("popitem empty", lambda: od.popitem())
show("popitem empty first", lambda: od.popitem(last=False))

a = OrderedDict([("x", 1), ("y", 2)])
b = OrderedDict([("y", 2), ("x", 1)])
show("== order", lambda: (a == b, a != b, a == OrderedDict(x=1, y=2), a != OrderedDict(x=1, y=2)))
show("== dict", lambda: (a == {"y": 2, "x": 1}, {"y": 2, "x": 1} == a, a != {"y": 2, "x": 1}))
show("== others", lambda: (a == Counter(x=1, y=2), a == 1, a != 1, a == [("x", 1), ("y", 2)],
                           a == UserDict(x=1, y=2)))
show("reversed", lambda: (list(reversed(a)), list(reversed(a.keys())), list(reversed(a.values())),
                          list(reversed(a.items()))))
show("views", lambda: (a.keys(), a.values(), a.items(), OrderedDict().keys()))
show("view types", lambda: (type(a.keys()).__name__, type(a.values()).__name__, type(a.items()).__name__))
show("view len/in", lambda: (len(a.keys()), "x" in a.keys(), "q" in a.keys(), ("x", 1) in a.items(),
                             ("x", 2) in a.items(), "x" in a.items(), 1 in a.values(), 5 in a.values()))
show("keys &", lambda: (sorted(a.keys() & {"x", "z"}), sorted({"x", "z"} & a.keys())))
show("keys | - ^", lambda: (sorted(a.keys() | ["q"]), sorted(a.keys() - {"x"}), sorted({"x", "w"} - a.keys()),
                            sorted(a.keys() ^ {"x", "w"})))
show("keys ==", lambda: (a.keys() == {"x", "y"}, a.keys() == b.keys(), a.keys() == {"x": 0, "y": 0}.keys(),
                         a.keys() != {"x"}, a.keys() == ["x", "y"]))
show("keys subset", lambda: (a.keys() < {"x", "y", "z"}, a.keys() <= {"x", "y"}, a.keys() > {"x"},
                             a.keys() >= {"x", "q"}))
show("keys isdisjoint", lambda: (a.keys().isdisjoint(["q"]), a.keys().isdisjoint(["x"])))
show("items ops", lambda: (sorted(a.items() & {("x", 1), ("y", 5)}), a.items() == b.items(),
                           sorted(a.items() - {("x", 1)}), a.items() <= {("x", 1), ("y", 2)}))
show("views abc", lambda: (isinstance(a.keys(), cabc.KeysView), isinstance(a.items(), cabc.ItemsView),
                           isinstance(a.values(), cabc.ValuesView), isinstance(a.keys(), cabc.Set)))
show("view mapping", lambda: (a.keys().mapping, a.values().mapping["x"]))
show("keys hash", lambda: hash(a.keys()))

show("fromkeys", lambda: (OrderedDict.fromkeys("abc"), OrderedDict.fromkeys("ab", 0),
                          OrderedDict.fromkeys(iterable="ab", value=1)))
d = OrderedDict(a=1)
show("setdefault", lambda: (d.setdefault("b", 5), d.setdefault("a", 9), d.setdefault("c"), d))
show("pop", lambda: (d.pop("zz", "dflt"), d.pop("a"), d.pop("zz", default=3), d))
show("pop missing", lambda: d.pop("zz"))
show("copy", lambda: (d.copy(), type(d.copy()).__name__, d.copy() is d))

show("|", lambda: (OrderedDict(a=1) | {"b": 2}, type(OrderedDict(a=1) | {"b": 2}).__name__))
show("reflected |", lambda: ({"b": 2, "a": 0} | OrderedDict(a=1), type({"b": 2} | OrderedDict(a=1)).__name__))
show("| od", lambda: OrderedDict(a=1, b=2) | OrderedDict(b=3, c=4))
show("| counter", lambda: (OrderedDict(a=1) | Counter("bb"), Counter("bb") | OrderedDict(a=1)))
e = OrderedDict(a=1)
e |= {"z": 1}
e |= [("y", 2)]
e |= UserDict(q=5)
show("|=", lambda: e)

show("pairs", lambda: OrderedDict([("a", 1), ["b", 2], "cd"]))
show("pair of 3", lambda: OrderedDict([("a", 1, 2)]))
show("pair of 1", lambda: OrderedDict([("a",)]))
show("pair of 0", lambda: OrderedDict([()]))
show("pair int", lambda: OrderedDict([1]))
show("int", lambda: OrderedDict(1))
show("two args", lambda: OrderedDict({}, {}))
show("keywords", lambda: OrderedDict(self=1, other=2))
show("dict and keywords", lambda: OrderedDict({"b": 1, "a": 2}, c=3, a=0))
show("update two args", lambda: OrderedDict().update({}, {}))
show("update existing", lambda: (lambda o: (o.update({"a": 9, "c": 3}, self=0), o)[1])(OrderedDict(a=0, b=1)))


class KeysOnly:
    def keys(self):
        return ["k1", "k2"]

    def __getitem__(self, k):
        return k.upper()


class ItemsOnly:
    def items(self):
        return [("i1", 1)]


show("keys()-only", lambda: OrderedDict(KeysOnly()))
show("items()-only", lambda: OrderedDict(ItemsOnly()))


def iterate(change, at):
    o = OrderedDict(a=1, b=2, c=3)
    seen = []
    try:
        for k in o:
            seen.append(k)
            if k == at:
                change(o)
    except RuntimeError as e:
        seen.append("RuntimeError: %s" % e)
    return seen, o


show("add while iterating", lambda: iterate(lambda o: o.__setitem__("d", 4), "a"))
show("delete while iterating", lambda: iterate(lambda o: o.__delitem__("c"), "a"))
show("add after the last", lambda: iterate(lambda o: o.__setitem__("d", 4), "c"))
show("change a value", lambda: iterate(lambda o: o.__setitem__("b", 20), "a"))


def changed_before_first():
    o = OrderedDict(a=1, b=2)
    it = iter(o)
    o["c"] = 3
    return list(it)


show("changed before first", changed_before_first)
r = OrderedDict(a=1)
r["self"] = r
show("recursive repr", lambda: r)
o = OrderedDict(b=1, a=2)
o.move_to_end("b")
show("as dict", lambda: (dict(o), list(o), {**o}, json.dumps(o), sorted(o)))
show("dict things", lambda: (len(o), "a" in o, o.get("a"), o.get("q"), o.get("q", 0)))
show("getitem missing", lambda: o["q"])
show("reduce", lambda: (OrderedDict(a=1).__reduce__()[:3], list(OrderedDict(a=1).__reduce__()[4])))
show("generic", lambda: OrderedDict[str, int])


class Logged(OrderedDict):
    def __setitem__(self, k, v):
        print("  set", k, v)
        super().__setitem__(k, v)


s = Logged([("x", 1), ("y", 2)], z=3)
show("subclass", lambda: s)
show("subclass copy", lambda: s.copy())
show("subclass |", lambda: (type(s | {"w": 0}).__name__, type({"w": 0} | s).__name__))
show("subclass setdefault", lambda: (s.setdefault("q", 7), s.setdefault("x", 7)))
show("subclass fromkeys", lambda: Logged.fromkeys("ab"))
s.move_to_end("x")
show("subclass move_to_end", lambda: (s, s == OrderedDict(y=2, z=3, q=7, x=1)))


class LRU(OrderedDict):
    def __init__(self, cap):
        super().__init__()
        self.cap = cap

    def __getitem__(self, k):
        v = super().__getitem__(k)
        self.move_to_end(k)
        return v

    def __setitem__(self, k, v):
        if k in self:
            self.move_to_end(k)
        super().__setitem__(k, v)
        if len(self) > self.cap:
            self.popitem(last=False)


lru = LRU(2)
lru["a"] = 1
lru["b"] = 2
lru["a"]
lru["c"] = 3
show("lru", lambda: (lru, vars(lru)))
show("lru copy", lambda: lru.copy())
big = OrderedDict((i, i) for i in range(50))
for i in range(0, 50, 3):
    big.move_to_end(i, last=False)
show("many moves", lambda: (list(big)[:20], big == OrderedDict(big)))
