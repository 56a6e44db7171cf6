# Containers met again inside their own repr (lists, tuples, dicts, sets through a user
# repr, deques, OrderedDict, SimpleNamespace, user classes), and the errors of `*x` and `**m`
# that are not iterables or mappings, in displays and calls.
import types
from collections import OrderedDict, deque

l = [1]
t = (l,)
l.append(t)
print(t, l)
d = {}
d["x"] = (d, [d])
print(d)
ns = types.SimpleNamespace(a=1)
ns.me = ns
ns.inner = types.SimpleNamespace(outer=ns)
print(ns)


class Sub(types.SimpleNamespace):
    pass


s = Sub(k=[1])
s.k.append(s)
print(s)
q = deque([1])
q.append(q)
print(q)
o = OrderedDict(a=1)
o["o"] = o
print(o)


class Holder:
    def __init__(self, box):
        self.box = box

    def __repr__(self):
        return f"Holder({self.box!r})"

    def __hash__(self):
        return 1


box = set()
box.add(Holder(box))
print(box)
fbox = [frozenset([Holder(None)])]
print(fbox)


class R:
    def __repr__(self):
        return f"R({self.x!r})"


r = R()
r.x = [r, (r,)]
print(r)
print(repr([[[]]] * 2), str((l,)) == repr((l,)))


def f(*a, **k):
    return a, k


class C:
    def __call__(self, *a):
        return a


class BadIter:
    def __iter__(self):
        raise TypeError("from __iter__")


for src in [
    "{*5}",
    "[*5]",
    "(*5,)",
    "[1, *None]",
    "{**5}",
    "print(**5)",
    "print(*5, **{})",
    "f(*None)",
    "f(*BadIter())",
    "f(1, *[2], *7)",
    "f(1, *7)",
    "f(*7, x=1)",
    "f(*7, *[1])",
    "f(**{1: 2})",
    "f(**{'a': 1}, a=2)",
    "f(**[])",
    "len(*3)",
    "[*BadIter()]",
]:
    try:
        print(src, "->", eval(src))
    except TypeError as e:
        print(src, "->", e)
try:
    C()(*3)
except TypeError as e:
    print(str(e).split(" argument")[0].startswith("<__main__.C object at"), "argument" in str(e))
print(f(*range(3), *"ab", **{"x": 1}, y=2))
