# Function data attributes: __defaults__/__kwdefaults__ read and assigned (and checked), __closure__
# cells, __globals__, __module__, assigned __name__/__qualname__ (repr follows), functools.wraps.
import functools
def outer():
    x = 1
    def inner(a=1, *, k=2): return x
    return inner
f = outer()
print(f.__module__, f.__closure__ is not None, len(f.__closure__), f.__closure__[0].cell_contents)
print(f.__defaults__, f.__kwdefaults__, f.__globals__ is globals())
def g(a, b=2): return a, b
print(g.__defaults__, g.__kwdefaults__, g.__closure__)
g.__defaults__ = (10,)
print(g(1))
g.__defaults__ = (5, 6)
print(g())
g.__defaults__ = None
try:
    g()
except TypeError as e:
    print(e)
try:
    g.__defaults__ = [1]
except TypeError as e:
    print(e)
def h(*, k=1): return k
h.__kwdefaults__ = {"k": 7}
print(h())
try:
    h.__kwdefaults__ = 5
except TypeError as e:
    print(e)
g.__name__ = "renamed"
print(g.__name__, g.__qualname__)
g.__qualname__ = "Q.renamed"
print(g.__qualname__, repr(g).startswith("<function Q.renamed"))
try:
    g.__name__ = 5
except TypeError as e:
    print(e)
@functools.wraps(g)
def w(*a): return g(*a)
print(w.__name__, w.__wrapped__ is g, w.__qualname__)
g.__doc__ = "new doc"
print(g.__doc__)
