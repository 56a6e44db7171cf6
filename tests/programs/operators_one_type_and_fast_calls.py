# Operators on instances of one class, and the call paths that make a frame directly:
# CPython tries no reflected arithmetic method when both operands have one type, but
# comparisons do try the reflection.


class A:
    def __add__(self, other):
        print("A.__add__")
        return NotImplemented

    def __radd__(self, other):
        print("A.__radd__")
        return "radd"

    def __lt__(self, other):
        print("A.__lt__")
        return NotImplemented

    def __gt__(self, other):
        print("A.__gt__")
        return "gt"


class B(A):
    pass


for left, right in [(A(), A()), (A(), B()), (B(), A())]:
    try:
        print(type(left).__name__, type(right).__name__, left + right)
    except TypeError as e:
        print("TypeError:", e)
print(A() < A())


class V:
    def __init__(self, x, y=0):
        self.x, self.y = x, y

    def __add__(self, other):
        return V(self.x + other.x, self.y + other.y)

    def __sub__(self, other, *rest):
        return V(self.x - other.x, len(rest))

    def __mul__(self, other):
        raise ValueError("no product")

    def __repr__(self):
        return f"V({self.x}, {self.y})"


v = V(1, 2)
total = V(0)
for i in range(1000):
    total = total + v
print(total, v - V(5), V(3) - V(1))
try:
    v * v
except ValueError as e:
    print("ValueError:", e)
t = V(1)
t += V(2)
print(t)


# A method replaced after the first calls: the new one runs.
def new_add(self, other):
    return "replaced"


print(V(1) + V(1))
V.__add__ = new_add
print(V(1) + V(1))
del V.__add__
try:
    V(1) + V(1)
except TypeError as e:
    print("TypeError:", e)


# `__init__` replaced, given defaults, or returning a value.
class C:
    def __init__(self, a):
        self.a = a


print(C(1).a)
C.__init__ = lambda self, a, b=5: setattr(self, "a", a + b)
print(C(1).a)


class D:
    def __init__(self):
        return 3


try:
    D()
except TypeError as e:
    print("TypeError:", e)


# Exception classes with a Python `__init__` make exception instances.
class Mixin:
    pass


class MyError(Mixin, ValueError):
    def __init__(self, code):
        super().__init__(f"code {code}")
        self.code = code


try:
    raise MyError(7)
except ValueError as e:
    print(type(e).__name__, e, e.code, e.args, isinstance(e, Mixin))


# A bound method called through a variable, and an operator recursing without end.
class R:
    def __add__(self, other):
        return self + other

    def twice(self, n):
        return 2 * n


m = R().twice
print(m(21), [m(i) for i in range(3)])
try:
    R() + R()
except RecursionError as e:
    print("RecursionError:", e)
