# Every callback below allocates heavily (churn), so a garbage collection runs while the
# runtime function that called it still holds values: they must be rooted across the call.
# SMALL batches of 50 small objects (tuple, str, list) per churn call: under HOTPY_GC_STRESS
# each batch means dozens of collections inside the callback; raise it for a heavier run.
SMALL = 1
# Repeats of a throwaway string per churn call (a few hundred KB): cheap to build and to verify, but
# it pushes the default heaps to collect every few callbacks.
BIG = 50000
KEEP = []
TAGS = set()


def churn(tag):
    TAGS.add(tag)
    kept = None
    for j in range(SMALL):
        batch = [(tag, k, str(k * 7), [k]) for k in range(8)]
        kept = batch[(j * 7) % 8]
    KEEP.append(kept)
    if len(KEEP) > 64:
        del KEEP[:32]
    big = (tag + ".") * BIG
    return len(big)


def keep_ok():
    return all(t[0] in TAGS and t[2] == str(t[1] * 7) and t[3] == [t[1]] for t in KEEP)


def show(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        result = "raised " + type(e).__name__
    print(label, result)


class Dyn:
    """__getattr__ (missing attributes only), __setattr__ and __delattr__ allocate heavily."""

    def __init__(self, n):
        object.__setattr__(self, "n", n)
        object.__setattr__(self, "log", [])

    def __getattr__(self, name):
        churn("getattr")
        if name.startswith("no_"):
            raise AttributeError(name)
        return (name, self.n, name * 2)

    def __setattr__(self, name, value):
        churn("setattr")
        self.log.append(name)
        object.__setattr__(self, name, (value, str(value)))

    def __delattr__(self, name):
        churn("delattr")
        self.log.append("-" + name)
        del self.__dict__[name]


class Props:
    """Properties whose getters and setters allocate heavily."""

    def __init__(self, v):
        self._v = v
        self._hist = []

    @property
    def v(self):
        churn("pget")
        return [self._v, str(self._v)]

    @v.setter
    def v(self, value):
        churn("pset")
        self._hist.append(value)
        self._v = value * 10

    @property
    def hist(self):
        churn("hist")
        return tuple(self._hist)

    @property
    def twice(self):
        churn("twice")
        return Props(self._v * 2)


class Base:
    made = []

    def __init_subclass__(cls, **kwargs):
        churn("subclass")
        Base.made.append(cls.__name__)


class Child(Base):
    pass


class GrandChild(Child):
    x = 3


# __getattr__ through attribute syntax, getattr() with and without default, hasattr()
d = Dyn(5)
print("getattr", d.alpha, d.n, getattr(d, "beta"), getattr(d, "no_gamma", "dflt"))
print("hasattr", hasattr(d, "anything"), hasattr(d, "no_thing"), hasattr(d, "n"))
show("getattr raises", lambda: d.no_such)
print("getattr many", [getattr(d, "a" + str(i))[2] for i in range(6)])
print("getattr in expr", d.x[0] + d.y[0] + str(d.z[1]))

# __setattr__ via assignment and setattr(), __delattr__ via del and delattr()
d.p = 1
setattr(d, "q", [2])
for i in range(5):
    setattr(d, "f" + str(i), i * i)
print("setattr", d.p, d.q, d.f4, d.log)
del d.p
delattr(d, "q")
print("delattr", d.log[-2:], d.p, hasattr(d, "q"))
show("delattr missing", lambda: delattr(d, "p"))

# attribute of a result of __getattr__, chained
chain = Dyn(2)
print("chained", chain.abc[2], [getattr(Dyn(i), "k")[1] for i in range(4)])

# properties: get, set, a property returning a new object with properties
p = Props(3)
print("property get", p.v, p.v[1], p.twice.v, p.twice.twice.v)
p.v = 4
p.v = 5
print("property set", p.v, p.hist)
setattr(p, "v", 6)
print("setattr property", getattr(p, "v"), p.hist)
print("property in comprehension", [Props(i).twice.v[0] for i in range(5)])
objs = [Props(i) for i in range(6)]
for o in objs:
    o.v = o.v[0] + 1
print("property updates", [o.v[0] for o in objs], [o.hist for o in objs[:3]])
show("property no setter", lambda: setattr(p, "hist", ()))

# attribute lookups feeding builtins
print("sorted by attr", [o.v[0] for o in sorted(objs, key=lambda o: -o.v[0])])
print("max by attr", max(objs, key=lambda o: o.twice.v[0]).v)
print("getattr map", list(map(lambda name: getattr(d, name)[0], ["aa", "bb", "log"])))

# __init_subclass__
print("subclass hook", Base.made, GrandChild.x)

# instance dict survives all this
print("vars", sorted(vars(p)), sorted(k for k in vars(d)))

print("keep ok", keep_ok())
