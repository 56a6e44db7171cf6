# Data-model and number edge cases found by probing (session 29), each as CPython 3.11.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "EXC", type(e).__name__, e)
class D(dict):
    def __getitem__(self, k): return dict.__getitem__(self, k) * 2
t("dictget", lambda: D(a=1)["a"])
class D2(dict):
    def __getitem__(self, k): return super().__getitem__(k) + 1
t("dictget2", lambda: D2(a=1)["a"])
t("slice eq", lambda: (slice(1, 2) == slice(1, 2), slice(1, 2) != slice(1, 3), slice(1, 2) < slice(1, 3), slice(1,2) <= slice(1,2)))
t("slice hash", lambda: hash(slice(1, 2)))
class M(dict): pass
t("pct map", lambda: "%(a)s-%(b)d" % M(a=1, b=2))
class Miss(dict):
    def __missing__(self, k): return k.upper()
t("pct missing", lambda: "%(a)s" % Miss())
import collections
t("pct userdict", lambda: "%(a)s" % collections.UserDict(a=5))
t("floordiv", lambda: (1.0 // 0.1, divmod(1.0, 0.1), 3 // 1e-05, 1 // float('-inf'), float('inf') // 1))
t("mod", lambda: (-0.0 % 1.0, 0.0 % -1.0, -1 % 0.5, 3 % -1.5, divmod(-0.0, 1.0), divmod(5.5, -2), (-7.5) // 2))
t("pow0", lambda: 0.0 ** float('-inf'))
t("powinf", lambda: float('-inf') ** 0.5)
t("pow neg frac", lambda: (-8) ** (1/3))
it = iter(range(4)); t("dictcomp order", lambda: {next(it): next(it) for _ in range(2)})
class L(list):
    def __len__(self): return 42
class Dd(dict):
    def __len__(self): return 0
class S(str):
    def __len__(self): return 0
t("bool sub", lambda: (bool(L()), bool(Dd(a=1)), bool(S("x")), "T" if L() else "F"))
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb): print("tb none:", tb is None, type(tb).__name__); return True
with CM(): 1/0
class Sx(str): pass
class R:
    def __str__(self): return Sx("sub")
    def __repr__(self): return Sx("rsub")
import enum
class Color(str, enum.Enum):
    RED = "red"
    def __str__(self): return self
def f(a, b, c, d): pass
t("missing3", lambda: f(1))
t("missing2", lambda: f(1, 2))
def g(*, a, b, c): pass
t("kwmissing", lambda: g())
t("frozen in set", lambda: ({1, 2} in {frozenset({1, 2})}, {frozenset({1})}.discard({1})))
class MySet(set): pass
class MyF(frozenset): pass
t("set sub repr", lambda: (repr(MySet([1])), repr(MyF([2])), repr(MySet())))
class Rn:
    def __eq__(s, o): return "x"
    def __ne__(s, o): return NotImplemented
t("ne NI", lambda: Rn() != 1)
class Q:
    qn = __qualname__
t("class qualname", lambda: Q.qn)
class Q2:
    __qualname__ = "Other"
t("qualname assign", lambda: Q2.__qualname__)
t("fmt inf d", lambda: format(float("inf"), "d"))
t("fmt nan x", lambda: format(float("nan"), "x"))
t("zero pad str", lambda: ("{:08}".format("ab"), format("ab", "08"), "{:=8}".format(5)))
t("hash empty", lambda: (hash(""), hash(b""), hash(()), hash(0.0), hash(frozenset())))
import math
t("fsum", lambda: (math.fsum([]), math.fsum([-0.0]), math.fsum([1e100, 1, -1e100])))
import operator
t("length hint", lambda: (operator.length_hint(iter([1, 2, 3])), operator.length_hint(iter((1, 2))), operator.length_hint(iter(range(5))), operator.length_hint(reversed([1,2]))))
class X:
    def __float__(self): return 4.0
class Ix:
    def __index__(self): return 9
t("math float", lambda: (math.sqrt(X()), math.sqrt(Ix()), math.floor(X()) if hasattr(X, '__floor__') else 'nofloor', math.exp(X())))
from decimal import Decimal
t("math decimal", lambda: (math.sqrt(Decimal(4)), math.exp(Decimal(0))))
t("int +-", lambda: int('+-1'))
t("pct c", lambda: "%c" % 0x110000)
t("pct mix", lambda: "%(a)s %s" % {"a": 1})
t("fmt ,x", lambda: f"{42:,x}")

class Rn:
    def __eq__(s, o): return "x"
    def __ne__(s, o): return NotImplemented
print(Rn() != 1, 1 != Rn())
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, E) and self.v == o.v
print(E(1) != E(1), E(1) != E(2), E(1) != 3, 3 != E(1))
class N:
    def __eq__(self, o): return NotImplemented
n = N()
print(n != n, n != N(), N() == N())
class Sub(E):
    def __ne__(self, o): return "sub-ne"
print(E(1) != Sub(1), Sub(1) != E(1))
class P:
    def __eq__(self, o): return True
print(P() != Rn(), Rn() != P())

class D(dict):
    def __missing__(self, k): return k * 2
d = D(a=1)
print(dict.__getitem__(d, 'a'), dict.__getitem__(d, 'b'), d['c'], d.__getitem__('z'))
class E(dict): pass
try: dict.__getitem__(E(), 'q')
except KeyError as e: print('KeyError', e)
import logging.config
logging.config.dictConfig({"version": 1})
print("ok")

import contextlib, traceback
class CM:
    def __enter__(self): return self
    def __exit__(self, t, v, tb):
        print(t.__name__, v, type(tb).__name__, tb.tb_lineno if tb else None)
        return True
with CM(): 1/0
@contextlib.contextmanager
def cm():
    try:
        yield
    except ZeroDivisionError as e:
        print("caught", type(e.__traceback__).__name__)
with cm(): 1/0
with contextlib.suppress(KeyError): {}[1]
print("done")
print((3).__pow__(2, 5), (3).__pow__(2), pow(3, 2, 5), (2).__pow__(-1, 7), (True).__pow__(2, 3))
class I(int): pass
print(I(3).__pow__(2, 5), int.__pow__(3, 2, 5))
