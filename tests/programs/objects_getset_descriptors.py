# Builtin types' data attributes are getset/member descriptors in the types' namespaces.


def f(a=1, *, k=2):
    "doc of f"
    return a + k


def attempt(code, env):
    try:
        exec(code, env)
    except Exception as e:
        print(type(e).__name__, e)


env = {"f": f}
for code in [
    "(5).real = 3",
    "f.__closure__ = None",
    "f.__globals__ = {}",
    "slice(1, 2).start = 3",
    "range(3).start = 1",
    "(1.5).imag = 2",
    "len.__name__ = 'x'",
    "staticmethod(f).__func__ = f",
    "property().fget = f",
    "del f.__name__",
    "del f.__dict__",
    "f.__dict__ = 1",
    "f.__name__ = 3",
    "int.__dict__['real'].__get__('x')",
    "int.real.__set__(5, 3)",
]:
    attempt(code, env)

# Reading through the type's namespace.
print(repr(int.real), type(int.real).__name__)
print(int.__dict__["real"].__get__(True), int.__dict__["numerator"].__get__(7))
print(int.real.__get__(None, int) is int.real)
print(int.real.__name__, int.real.__objclass__, int.real.__qualname__)
print(type(f).__dict__["__defaults__"], type(type(f).__dict__["__globals__"]).__name__)
print(type(f).__dict__["__name__"].__get__(f), type(f).__dict__["__defaults__"].__get__(f))
print(type.__dict__["__name__"], type.__dict__["__mro__"])
print(type(slice.start).__name__, type(range.start).__name__)
print(slice(1, 9, 2).start, slice(1, 9, 2).stop, slice(1, 9, 2).step)
print(range(2, 8, 3).start, range(2, 8, 3).stop, range(2, 8, 3).step)
print((3).real, (3).imag, True.real, True.denominator, (2.5).real, (2.5).imag)
print((10**30).numerator == 10**30, (10**30).denominator)
print("real" in dir(5), "imag" in dir(2.0), "__defaults__" in dir(f), "__name__" in dir(f))

# Functions: assignment through the descriptors.
print(f.__defaults__, f.__kwdefaults__, f(), f.__doc__, f.__module__)
f.__defaults__ = (10,)
f.__kwdefaults__ = {"k": 20}
print(f(), f.__defaults__, f.__kwdefaults__)
del f.__defaults__
print(f.__defaults__)
f.__name__ = "g"
f.__qualname__ = "outer.g"
f.__doc__ = "new doc"
f.__module__ = "elsewhere"
print(f.__name__, f.__qualname__, f.__doc__, f.__module__)
f.__dict__ = {"extra": 1}
print(f.extra, f.__dict__)
print(f.__annotations__)


def outer():
    x = 1

    def inner():
        return x

    return inner


cell = outer().__closure__[0]
print(type(cell).__name__, cell.cell_contents)
cell.cell_contents = 42
print(outer.__closure__, cell.cell_contents)

# Builtins and bound methods.
import math

print(len.__name__, len.__qualname__, len.__module__, math.sqrt.__module__, math.sqrt.__name__)
print([].append.__name__, [].append.__qualname__, [].append.__module__)


class A:
    "doc of A"

    def m(self):
        "doc of m"


class B(A):
    pass


a = A()
print(a.m.__name__, a.m.__qualname__, a.m.__doc__, a.m.__func__ is A.m, a.m.__self__ is a)
print(A.__doc__, B.__doc__, A.__name__, B.__qualname__, B.__module__, B.__bases__, B.__base__)
B.__name__ = "Renamed"
print(B.__name__, B, "__name__" in B.__dict__)


class NotNamed:
    __name__ = "ignored"


print(NotNamed.__name__, NotNamed.__dict__["__name__"])

# Descriptors of staticmethod, classmethod and property.
s, c, p = staticmethod(f), classmethod(f), property(f, None)
print(s.__func__ is f, c.__func__ is f, c.__wrapped__ is f, p.fget is f, p.fset, p.fdel)

# A class deriving from int inherits the data attributes.


class MyInt(int):
    pass


m = MyInt(4)
print(m.real, m.denominator, type(m.real).__name__)
attempt("m.real = 3", {"m": m})
m.other = 1
print(m.other)
