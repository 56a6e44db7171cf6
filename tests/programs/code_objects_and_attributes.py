# Code objects (f.__code__ and its co_* attributes) and other attributes every value has.


def f(a, b=1, *c, d, **e):
    x = 1
    return a


def g(p, /, q):
    yield p


def decorate(fn):
    return fn


@decorate
def decorated():
    pass


def outer():
    y = 2

    def inner(z):
        return y + z
    return inner


class K:
    def method(self, n):
        return lambda m: n + m


co = f.__code__
print(co.co_name, co.co_qualname, co.co_argcount, co.co_kwonlyargcount, co.co_posonlyargcount)
print(co.co_varnames, co.co_nlocals, co.co_firstlineno, co.co_filename.endswith(".py"))
print(type(co).__name__, co.co_flags, g.__code__.co_flags, g.__code__.co_posonlyargcount)
print(decorated.__code__.co_firstlineno, K.method.__code__.co_qualname, K().method(1).__code__.co_qualname)
inner = outer()
print(inner.__code__.co_freevars, outer.__code__.co_cellvars, outer.__code__.co_varnames)
print(inner.__code__.co_varnames, inner.__code__.co_flags, inner.__code__.co_nlocals)
print(f.__code__ is f.__code__, repr(f.__code__).startswith("<code object f at "))
print(isinstance(co.co_code, bytes), co.co_stacksize > 0, (lambda: 0).__code__.co_name)

# __class__ of every kind of value, and type() agreeing with it.
import sys
values = [1, True, 1.5, "s", b"b", [], (), {}, set(), frozenset(), None, range(3), len,
          f, g(1, 2), sys, K, K(), K().method, 1j, slice(1), Ellipsis, NotImplemented]
print(all(v.__class__ is type(v) for v in values))
print(sorted({type(v).__name__ for v in values}))
