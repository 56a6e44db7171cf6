# Special methods of classes: property deleter, __ne__ from __eq__, pow with a modulus,
# unary operators, __format__, __round__, __reversed__, __bytes__, __dir__, math.floor/trunc,
# functools.total_ordering, slices as keys, super() reprs, object's own methods.
import functools
class P:
    def __init__(self): self._x = 1
    @property
    def x(self): return self._x
    @x.setter
    def x(self, v): self._x = v
    @x.deleter
    def x(self): print("del x"); del self._x
p = P(); p.x = 5; print(p.x); del p.x
class E:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return isinstance(o, E) and self.v == o.v
    def __hash__(self): return hash(self.v)
print(E(1) != E(1), E(1) != E(2))
class M:
    def __init__(self, v): self.v = v
    def __pow__(self, e, mod=None): return ('pow', e, mod)
    def __matmul__(self, o): return 'matmul'
    def __neg__(self): return 'neg'
    def __pos__(self): return 'pos'
    def __invert__(self): return 'inv'
    def __abs__(self): return 'abs'
    def __format__(self, spec): return f'fmt[{spec}]'
    def __round__(self, n=None): return ('round', n)
    def __reversed__(self): return iter([3, 2, 1])
    def __bytes__(self): return b'bytes'
    def __complex__(self): return 0
    def __dir__(self): return ['b', 'a']
    def __floor__(self): return 'floor'
    def __trunc__(self): return 7
m = M(2)
print(pow(m, 2, 5), m ** 3, m @ m, -m, +m, ~m, abs(m), format(m, 'x'), f'{m:>3}', round(m), round(m, 2))
print(list(reversed(m)), bytes(m), dir(m))
import math
print(math.floor(m), math.trunc(m))
@functools.total_ordering
class V:
    def __init__(self, v): self.v = v
    def __eq__(self, o): return self.v == o.v
    def __lt__(self, o): return self.v < o.v
print(V(1) <= V(2), V(3) >= V(2), V(1) > V(2))
class S:
    def __getitem__(self, k): return k
print(S()[1:2], S()[::2], S()[1, 2], S()[...])
class C:
    def __init_subclass__(cls, /, tag=None, **kw):
        super().__init_subclass__(**kw); cls.tag = tag
class D(C, tag='t'): pass
print(D.tag, repr(super(D, D())), super(D, D()).__class__)
class N:
    __match_args__ = ('a',)
print(N.__match_args__)
print(object.__repr__(N())[:10], object.__str__(3), object.__eq__(1, 1), object.__eq__(1, 2), object.__ne__(N(), 3))
class R:
    def __repr__(self): return 'R!'
    def __eq__(self, o): return super().__eq__(o)
    def __hash__(self): return super().__hash__() * 0 + 7
r = R()
print(str(r), f'{r}', r == r, r == R(), r != r, hash(r), format(r, ''), object.__format__(r, ''))
try: format(r, 'x')
except TypeError as e: print(e)
print(int.__name__, str.__qualname__, int.__module__)


class MyErr(Exception):
    def __str__(self):
        return "my:" + super().__str__()


print(str(MyErr("boom")), repr(MyErr("x")), object.__str__(MyErr("plain")))


class LoudDict(dict):
    def __repr__(self):
        return "LoudDict" + super().__repr__()


ld = LoudDict(a=1)
print(ld, ld == {"a": 1}, ld.__eq__({"a": 1}), ld != {"a": 2})


class Key(str):
    def __hash__(self):
        return super().__hash__()


print(hash(Key("x")) == hash("x"), Key("a").__eq__("a"), {Key("k"): 1}["k"])
