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

import functools


class Fn:
    """A callable object whose __call__ allocates heavily and returns fresh objects."""

    def __init__(self, scale):
        self.scale = scale

    def __call__(self, *args, **kwargs):
        churn("call")
        return (sum(args) * self.scale, tuple(sorted(kwargs.items())))


class Made:
    """__new__ and __init__ allocate heavily."""

    count = [0]

    def __new__(cls, *args, **kwargs):
        churn("new")
        self = super().__new__(cls)
        self.trace = ["new"]
        return self

    def __init__(self, a, b=2, *rest, **kw):
        churn("init")
        self.trace.append("init")
        self.data = (a, b, rest, sorted(kw))

    def __repr__(self):
        return "Made" + repr(self.data)


class Sub(Made):
    def __init__(self, a, *rest, **kw):
        churn("subinit")
        super().__init__(a, *rest, **kw)
        self.trace.append("sub")


class Ctx:
    """__enter__ and __exit__ allocate heavily."""

    def __init__(self, name, log, swallow=False):
        self.name = name
        self.log = log
        self.swallow = swallow

    def __enter__(self):
        churn("enter")
        self.log.append("enter " + self.name)
        return [self.name, self.name * 2]

    def __exit__(self, exc_type, exc, tb):
        churn("exit")
        self.log.append("exit " + self.name + " " + (exc_type.__name__ if exc_type else "-"))
        return self.swallow


def plain(x):
    churn("plain")
    return [x, str(x)]


# __call__ from call syntax and from builtins
f = Fn(3)
print("call", f(1, 2), f(4, k=5, j=6), f(*[1, 2, 3], **{"z": 1}))
print("map", list(map(f, range(4))), list(map(Fn(2), [1, 2], [10, 20])))
print("filter", list(filter(Fn(1), [0, 1, 0, 2])))
print("sorted key", sorted(range(6), key=Fn(-1)))
print("min/max key", min(range(5), key=Fn(-1)), max([3, 1, 2], key=Fn(1)))
print("reduce", functools.reduce(lambda a, b: plain(a[0] + b)[0:1], range(8), [0]))
print("reduce callable", functools.reduce(lambda acc, x: acc + Fn(1)(x)[0], range(6), 100))
p = functools.partial(Fn(10), 1, q=2)
print("partial", p(2), p(3, r=4), list(map(p, range(3))))
print("nested call", Fn(1)(*Fn(2)(1)[0:1]), plain(plain(3)[1]))
print("map plain", list(map(plain, "abc")), [plain(i)[1] for i in range(4)])
print("map multiple", list(map(lambda a, b: plain(a + b)[0], [1, 2, 3], (10, 20, 30))))
print("filter plain", list(filter(lambda x: plain(x)[0] % 2, range(9))))

# callbacks via methods held as values
bound = Made(1).__repr__
print("bound method", bound(), list(map(str.upper, ["a", "b"])))
meths = [Fn(i).__call__ for i in range(3)]
print("bound __call__", [m(5)[0] for m in meths])

# constructors
print("made", Made(1), Made(1, 3), Made(1, 2, 3, 4, x=5), Made(a=7, b=8))
m = Made(9)
print("trace", m.trace)
s = Sub(5, 6, 7, y=1)
print("sub", s, s.trace)
print("constructed in map", list(map(Made, range(3))), [Sub(i).data[0] for i in range(4)])
print("constructed in comprehension", [Made(i, b=i * i).data[1] for i in range(5)])
show("init error", lambda: Made())

# classes with callbacks created in a loop
made_classes = []
for i in range(3):
    class Local(Made):
        level = i
    made_classes.append(Local(i, i + 1))
print("local classes", [(c.level, c.data[:2]) for c in made_classes])

# with statements
log = []
with Ctx("a", log) as v:
    log.append("body " + v[1])
with Ctx("outer", log) as o, Ctx("inner", log) as i:
    log.append("both " + o[0] + i[0])
with Ctx("swallow", log, True):
    raise ValueError("swallowed")
try:
    with Ctx("pass", log):
        raise KeyError("k")
except KeyError:
    log.append("caught")
for n in range(3):
    with Ctx("loop" + str(n), log):
        if n == 1:
            continue
        log.append("loop body " + str(n))
def early():
    with Ctx("ret", log) as v:
        return v[0]
log.append("returned " + early())
print("with", log)

# keyword arguments and defaults evaluated with callbacks
def kwf(a, b=None, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print("kwargs", kwf(plain(1), c=plain(2)), kwf(1, 2, 3, *plain(4), c=5, e=plain(6)[1]))
print("kwargs dict", kwf(**{"a": plain(7), "c": Fn(1)(8)}))

# recursion through callbacks
def rec(n):
    if n == 0:
        return [plain(0)]
    return rec(n - 1) + [Fn(1)(n)]
print("recursion", rec(5))

print("keep ok", keep_ok())
