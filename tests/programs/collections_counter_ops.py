# collections.Counter as CPython 3.11 has it: most_common (ties in insertion order, n of
# every kind), elements, total, update/subtract from iterables and any mapping, missing
# keys count zero (and deleting one is no error), the multiset operators and their in-place
# forms (which take any mapping), unary + and -, comparisons where a missing count is zero,
# reprs (most common first; unorderable counts as they are), fromkeys, subclasses.
from collections import Counter, OrderedDict, UserDict, defaultdict


def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, "->", r)


c = Counter("abracadabra")
show("repr", lambda: c)
for n in (None, 0, 1, 2, 3, 10, -1, 2.0, 1.0, 10.0, "x"):
    show("most_common(%r)" % (n,), lambda: c.most_common(n))
show("ties", lambda: Counter("zyxzyxw").most_common())
show("ties 2", lambda: Counter("zyxzyxw").most_common(2))
show("empty most_common", lambda: (Counter().most_common(), Counter().most_common(1)))
show("elements", lambda: list(Counter(a=2, b=0, c=-1, d=3).elements()))
show("elements float", lambda: list(Counter(a=2, b=1.5).elements()))
show("total", lambda: (c.total(), Counter(a=2, b=-5).total(), Counter().total()))
show("fromkeys", lambda: Counter.fromkeys("abc"))
show("missing", lambda: (lambda x: (x["q"], "q" in x, len(x)))(Counter()))
d = Counter(a=1)
del d["zz"]
del d["a"]
show("del", lambda: d)

a = Counter(a=3, b=1, c=0, d=-2)
b = Counter(b=2, c=1, d=-1, e=4)
show("a + b", lambda: a + b)
show("a - b", lambda: a - b)
show("a | b", lambda: a | b)
show("a & b", lambda: a & b)
show("negative right of -", lambda: Counter(a=1) - Counter(b=-3))
show("+a", lambda: +a)
show("-a", lambda: -a)
show("+ dict", lambda: Counter(a=1) + {"a": 1})
show("- int", lambda: Counter(a=1) - 1)
show("& list", lambda: Counter(a=1) & [1])

x = Counter(a=3, b=1, c=0)
y = x
x += Counter(a=-1, b=-1, d=2)
show("+=", lambda: (x, x is y))
x = Counter(a=3, b=1, c=0)
x -= Counter(a=1, b=5, d=-2)
show("-=", lambda: x)
x = Counter(a=3, b=1, c=0)
x |= Counter(a=1, b=5, d=-2, e=1)
show("|=", lambda: x)
x = Counter(a=3, b=1, c=-1)
x &= Counter(a=1, b=5)
show("&=", lambda: x)
x = Counter(a=3, b=1)
x += {"a": 1, "z": 2}
show("+= dict", lambda: x)


def iand_missing():
    z = Counter(a=3, b=1)
    z &= {"a": 1}
    return z


show("&= dict without the key", iand_missing)


def iadd_int():
    z = Counter(a=3)
    z += 5
    return z


show("+= int", iadd_int)

show("== zero counts", lambda: (Counter(a=1, b=0) == Counter(a=1), Counter(a=1, b=0) != Counter(a=1)))
show("== dict", lambda: (Counter(a=1) == {"a": 1}, Counter(a=1, b=0) == {"a": 1}))
show("<=", lambda: (Counter(a=1) <= Counter(a=1, b=2), Counter(a=-1) <= Counter()))
show("<", lambda: (Counter(a=1) < Counter(a=1, b=2), Counter(a=1) < Counter(a=1)))
show(">=", lambda: (Counter("aab") >= Counter("ab"), Counter("ab") >= Counter("aab")))
show(">", lambda: (Counter(a=2, b=1) > Counter(a=1), Counter(a=2) > Counter(a=2, b=0)))
show("< dict", lambda: Counter(a=1) < {"a": 2})
show("hash", lambda: hash(Counter()))

u = Counter()
u.update("hello")
u.update({"h": 10, "z": 1})
u.update(Counter(l=-2))
u.update(UserDict({"q": 3}))
u.update(OrderedDict(q=1), x=1)
u.update()
u.update(None)
show("update", lambda: u)
u.subtract("hel")
u.subtract({"z": 5}, q=4)
u.subtract(UserDict(h=1))
show("subtract", lambda: u)
show("update int", lambda: Counter().update(5))
show("positional-only", lambda: Counter(iterable=3, self=2))
show("two positionals", lambda: Counter("a", "b"))
show("mapping copied into empty", lambda: Counter({"a": "x"}))


def str_counts():
    s = Counter(a="x")
    s.update(a="y")
    return s


show("str counts", str_counts)
show("unorderable repr", lambda: Counter({"a": 1, "b": "x"}))
show("float counts", lambda: Counter({"a": 1.5, "b": 2, "c": 0.5}))
show("mixed keys", lambda: Counter([1, "1", 1.0, (1,), None, True]))
show("from pairs", lambda: Counter([("a", 1), ("a", 1)]))
show("from defaultdict", lambda: Counter(defaultdict(int, x=3)))
show("copy", lambda: (Counter("aab").copy(), type(Counter("aab").copy()).__name__))
show("reduce", lambda: Counter("aab").__reduce__())
show("empty reprs", lambda: (repr(Counter()), repr(Counter(a=0))))
show("unhashable", lambda: Counter([[1]]))
show("generic", lambda: Counter[str])


class Logged(Counter):
    def __setitem__(self, k, v):
        print("  set", k, v)
        super().__setitem__(k, v)


m = Logged("aba")
show("subclass", lambda: (m, type(m.copy()).__name__, type(m + m).__name__, type(+m).__name__))
m += Counter(a=2)
show("subclass +=", lambda: (type(m).__name__, m))


class Zeroes(Counter):
    def __missing__(self, key):
        return 10


show("subclass __missing__", lambda: (Zeroes()["q"], Zeroes(a=1) + Counter()))


class Updating(Counter):
    def update(self, *args, **kwargs):
        print("  update", args, kwargs)
        super().update(*args, **kwargs)


show("init calls update", lambda: Updating("ab", x=1))
words = "the cat and the hat and the bat".split()
show("words", lambda: Counter(words).most_common(3))
