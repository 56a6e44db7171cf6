# CPython's own enum module runs on hotpy: IntFlag inversion and str (ReprEnum sets
# __str__ = int.__repr__ on the class), StrEnum, auto, functional API; builtin methods
# set on Python classes are their methods; format(x, '') of builtin subclasses is str(x).
import enum
class Color(enum.Enum):
    RED = 1
    GREEN = 2
class Perm(enum.IntFlag):
    R = 4
    W = 2
    X = 1
class Shape(enum.StrEnum):
    SQ = enum.auto()
print(Color.RED, repr(Color.GREEN), Color(1), Color['GREEN'], list(Color), Color.RED.name, Color.RED.value, len(Color))
print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm(7), Perm.R in Perm(6), ~Perm.R, Perm(0), int(Perm.W | Perm.X))
class A(enum.Enum):
    X = enum.auto()
    Y = enum.auto()
print(A.X.value, A.Y, {c: c.value for c in A}, A.X is A(1), isinstance(A.X, A))
try: Color(5)
except ValueError as e: print(e)
class Planet(enum.Enum):
    EARTH = (5.97e24, 6.37e6)
    def __init__(self, mass, radius): self.mass = mass; self.radius = radius
print(Planet.EARTH.mass, Planet.EARTH)
F = enum.Enum('F', 'a b c'); print(list(F), F.b.value)
@enum.unique
class U(enum.Enum):
    a = 1
print(U.a, format(Color.RED), f"{Perm.R}", str(Perm.R | Perm.W))
print(Shape.SQ, repr(Shape.SQ), Shape.SQ == "sq", Color.RED == 1, Perm.R == 4, Perm.R + 1)
class Perm2(enum.IntFlag):
    R = 4
    W = 2
    X = 1
print(Perm2._all_bits_, Perm2._flag_mask_, Perm2._boundary_, Perm2._singles_mask_)
print(Perm2(-5), int(Perm2(-5)), Perm2(3))
v = ~Perm2.R
print(type(v), int(v), Perm2.R._inverted_)
print(int.__invert__(Perm2.R), Perm2.__invert__.__qualname__)
class I(int):
    def __repr__(self): return "I-repr"
i = I(6)
print('__str__' in int.__dict__, '__repr__' in int.__dict__, int.__str__ is object.__str__)
print(int.__repr__(i), int.__str__(i), str(i), repr(i), format(i), f"{i}", "%d" % i, "%s" % i)
class F(float):
    def __repr__(self): return "F-repr"
f = F(1.5)
print(float.__repr__(f), str(f), format(f), '__str__' in float.__dict__, '__str__' in str.__dict__)
class S(str):
    def __repr__(self): return "S-repr"
s = S("x"); print(str.__repr__(s), str(s), repr(s), str.__str__(s))
class I(int):
    def __repr__(self): return "I-repr"
I.__str__ = int.__repr__
print(str(I(6)), I.__str__)
class J(int):
    __str__ = int.__repr__
    def __repr__(self): return "J-repr"
print(str(J(7)), J(7), format(J(7)))
