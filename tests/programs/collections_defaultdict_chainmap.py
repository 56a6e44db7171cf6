# collections.defaultdict and ChainMap as CPython 3.11 has them: the factory (positional
# only, callable or None, settable), __missing__, copy and | keeping the class and factory,
# __reduce__, reprs (also of subclasses and of recursive contents); ChainMap lookups,
# new_child/parents, writes to the first map, its KeyError messages, | |= and the
# reflected |, recursive repr.
from collections import defaultdict, ChainMap, OrderedDict, Counter
import copy


def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, "->", r)


d = defaultdict(list)
d["a"].append(1)
show("repr", lambda: (d, defaultdict(), defaultdict(None, {"k": 1})))
show("no factory", lambda: defaultdict()["x"])
show("no factory tuple key", lambda: defaultdict()[(1, 2)])
show("bad factory", lambda: defaultdict(1))
show("keyword is an item", lambda: defaultdict(default_factory=list))
show("dict arguments", lambda: (defaultdict(int, {"a": 1}, b=2), defaultdict(int, [("a", 1)])))
show("too many", lambda: defaultdict(int, {}, {}))
show("int factory", lambda: (lambda x: (x["q"], x))(defaultdict(int)))
show("copy", lambda: (d.copy(), type(d.copy()).__name__, d.copy() is d, d.copy()["a"] is d["a"]))
show("copy.copy", lambda: copy.copy(d))
show("reduce", lambda: (d.__reduce__()[:4], list(d.__reduce__()[4]), defaultdict().__reduce__()[:2]))
show("|", lambda: (d | {"b": 2}, type(d | {"b": 2}).__name__, {"b": 2} | d, ({"b": 2} | d).default_factory))
show("| defaultdicts", lambda: defaultdict(int, a=1) | defaultdict(list, b=2))
show("| OrderedDict", lambda: (d | OrderedDict(z=1), OrderedDict(z=1) | d))


def ior():
    x = defaultdict(int, a=1)
    x |= {"b": 2}
    x |= [("c", 3)]
    return x


show("|=", ior)
show("==", lambda: (defaultdict(int, a=1) == {"a": 1}, defaultdict(int, a=1) == defaultdict(list, a=1)))
show("no factory call", lambda: (defaultdict(int).get("x"), "x" in defaultdict(int),
                                 defaultdict(int).setdefault("x", 3)))
x = defaultdict(list)
x.default_factory = int
show("factory changed", lambda: (x["a"], x))
x.default_factory = None
show("factory None", lambda: x["zz"])
x.default_factory = 5
show("factory not callable", lambda: x["zz"])
nested = defaultdict(lambda: defaultdict(list))
nested["a"]["b"].append(1)
show("nested", lambda: dict(nested["a"]))


class Sub(defaultdict):
    pass


s = Sub(int, a=1)
show("subclass", lambda: (s, type(s.copy()).__name__, type(s | {}).__name__))


class Named(defaultdict):
    def __missing__(self, key):
        return "m-" + key


show("subclass __missing__", lambda: Named(int)["k"])
r = defaultdict(list)
r["me"] = r
show("recursive", lambda: r)


class Factory:
    def __init__(self):
        self.d = None

    def __call__(self):
        return 0

    def __repr__(self):
        return "Factory(%r)" % (self.d,)


fac = Factory()
dd = defaultdict(fac)
fac.d = dd
show("factory showing itself", lambda: dd)
show("fromkeys", lambda: (defaultdict.fromkeys("ab"), defaultdict.fromkeys("ab").default_factory))
show("generic", lambda: defaultdict[str, int])

# ChainMap
first = {"x": 1, "y": 2}
second = {"y": 20, "z": 30}
cm = ChainMap(first, second)
show("cm", lambda: (cm, cm["y"], cm["z"], cm.get("q"), cm.get("q", 0), len(cm), list(cm)))
show("cm missing", lambda: cm["q"])
show("cm items", lambda: (list(cm.items()), list(cm.values()), "z" in cm, "q" in cm))
show("cm bool", lambda: (bool(cm), bool(ChainMap()), bool(ChainMap({}, {}))))
show("cm new_child", lambda: (cm.new_child(), cm.new_child({"w": 0}), cm.new_child(w=5),
                              cm.new_child({"w": 0}, v=1)))
show("cm parents", lambda: (cm.parents, cm.parents.parents))
show("cm fromkeys", lambda: ChainMap.fromkeys("ab", 0))
show("cm copy", lambda: (cm.copy(), cm.copy().maps[0] is first, cm.copy().maps[1] is second, copy.copy(cm)))
w = ChainMap({"k": 1}, {"j": 2})
w["n"] = 5
del w["k"]
show("cm writes", lambda: w.maps)
show("cm del missing", lambda: w.__delitem__("j"))
show("cm pop", lambda: (w.pop("n"), w.pop("j", 0)))
show("cm pop missing", lambda: w.pop("j"))
show("cm popitem empty", lambda: w.popitem())
w["p"] = 1
show("cm popitem", lambda: w.popitem())
w["p"] = 1
w.clear()
show("cm clear", lambda: w.maps)
show("cm |", lambda: (ChainMap({"a": 1}, {"b": 2}) | {"c": 3, "a": 0}, ChainMap({"a": 1}) | ChainMap({"b": 2})))
show("cm reflected |", lambda: ({"c": 3, "a": 0} | ChainMap({"a": 1}, {"b": 2}),
                                type({"c": 3} | ChainMap({"a": 1})).__name__))
show("cm | int", lambda: ChainMap() | 1)
show("int | cm", lambda: 1 | ChainMap())
i = ChainMap({"a": 1})
i |= {"b": 2}
i |= [("c", 3)]
show("cm |=", lambda: i)
show("cm ==", lambda: (ChainMap({"a": 1}, {"b": 2}) == {"a": 1, "b": 2}, ChainMap({"a": 1}) == ChainMap({}, {"a": 1})))
rc = ChainMap()
rc["me"] = rc
show("cm recursive", lambda: rc)
show("cm defaultdict", lambda: (ChainMap(defaultdict(int), {"a": 5})["a"], ChainMap({"b": 1}, defaultdict(int))["zz"]))


class Defaulting(ChainMap):
    def __missing__(self, key):
        return "missing-" + key


show("cm __missing__", lambda: (Defaulting()["q"], Defaulting().get("q")))
show("cm mixed maps", lambda: (ChainMap(OrderedDict(b=1), Counter(a=2)), list(ChainMap({"c": 1}, {"b": 2}, {"a": 3, "c": 4}))))
show("cm hash", lambda: hash(cm))
