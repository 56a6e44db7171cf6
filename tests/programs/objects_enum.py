# The enum module: Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique, the functional API,
# members with __init__/__new__, _missing_, methods and properties, aliases, EnumType's
# behaviour (len, iter, [], in, reassignment), identity tests and dict keys.
import enum
from enum import Enum, IntEnum, StrEnum, Flag, IntFlag, auto, unique


def attempt(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, type(e).__name__, e)


class Color(Enum):
    RED = 1
    GREEN = 2
    BLUE = 3
    CRIMSON = 1

    def describe(self):
        return f"{self.name.lower()} is {self.value}"

    @property
    def warm(self):
        return self in (Color.RED,)

    @classmethod
    def default(cls):
        return cls.GREEN


print(Color.RED, repr(Color.RED), Color.CRIMSON is Color.RED, Color(2), Color["BLUE"])
print(list(Color), len(Color), Color.RED in Color, [c.name for c in reversed(Color)])
print(Color.RED.describe(), Color.RED.warm, Color.BLUE.warm, Color.default())
print(type(Color.RED) is Color, isinstance(Color.GREEN, Color), Color.RED.__class__.__name__)
print(list(Color.__members__), Color.__members__["CRIMSON"])
print(f"{Color.RED} | {Color.BLUE!r} | {Color.GREEN:>12}|")
print({Color.RED: "r", Color.GREEN: "g"}[Color.CRIMSON], Color.RED == Color.CRIMSON, Color.RED != 1)
attempt("bad value", lambda: Color(7))
attempt("bad name", lambda: Color["PINK"])
attempt("reassign", lambda: setattr(Color, "RED", 9))
attempt("delete", lambda: delattr(Color, "RED"))
attempt("order", lambda: Color.RED < Color.BLUE)

try:

    class More(Color):
        PINK = 4

except TypeError as e:
    print("extend:", e)
attempt("member value set", lambda: setattr(Color.RED, "value", 5))


class Planet(Enum):
    MERCURY = (3.303e23, 2.4397e6)
    EARTH = (5.976e24, 6.37814e6)

    def __init__(self, mass, radius):
        self.mass = mass
        self.radius = radius

    @property
    def surface_gravity(self):
        return 6.673e-11 * self.mass / (self.radius * self.radius)


for p in Planet:
    print(p.name, p.value, round(p.surface_gravity, 2))


class Coordinate(bytes, Enum):
    """A custom __new__ that sets _value_ and an extra attribute."""


class Shape(Enum):
    def __new__(cls, value, sides):
        obj = object.__new__(cls)
        obj._value_ = value
        obj.sides = sides
        return obj

    TRIANGLE = ("tri", 3)
    SQUARE = ("sq", 4)


print(Shape.SQUARE, Shape.SQUARE.value, Shape.SQUARE.sides, Shape("tri"))


class Level(Enum):
    LOW = 1
    HIGH = 3

    @classmethod
    def _missing_(cls, value):
        if isinstance(value, str):
            return cls[value.upper()]
        return None


print(Level("low"), Level(3))
attempt("missing none", lambda: Level(2))


class Number(IntEnum):
    ONE = 1
    TWO = 2
    THREE = auto()


print(Number.TWO + 1, Number.THREE, repr(Number.THREE), Number.ONE == 1, Number(2), sorted([Number.THREE, Number.ONE]))
print(str(Number.TWO), f"{Number.TWO}", format(Number.TWO, "03d"), isinstance(Number.ONE, int), Number.TWO * 3)
print([n for n in range(5) if n in [Number.ONE, Number.THREE]], int(Number.THREE), Number.ONE < Number.TWO)


class Mode(StrEnum):
    READ = auto()
    WRITE = "w"


print(Mode.READ, repr(Mode.READ), Mode.WRITE.upper(), Mode.READ == "read", f"mode={Mode.WRITE}", Mode("w"))


class Perm(Flag):
    R = auto()
    W = auto()
    X = auto()
    RW = R | W


print(Perm.R | Perm.W, repr(Perm.R | Perm.X), Perm.RW, Perm.R in Perm.RW, Perm.X in Perm.RW)
print(list(Perm.R | Perm.X), len(Perm.RW), bool(Perm(0)), repr(Perm(0)), repr(~Perm.R), Perm(3) is Perm.RW)
print(repr(Perm.RW & Perm.W), repr(Perm.RW ^ Perm.R), list(Perm))
attempt("flag invalid", lambda: Perm(8))


class Access(IntFlag):
    READ = 4
    WRITE = 2
    EXEC = 1


rw = Access.READ | Access.WRITE
print(repr(rw), str(rw), rw == 6, rw & 4, repr(rw | 1), Access(7), repr(Access.READ | 8))
print(isinstance(rw, int), rw + 1, Access.WRITE in rw)


@unique
class Unique(Enum):
    A = 1
    B = 2


try:

    @unique
    class Duplicated(Enum):
        A = 1
        B = 1

except ValueError as e:
    print("unique:", e)

Animal = Enum("Animal", "ANT BEE CAT")
print(list(Animal), Animal.BEE.value, repr(Animal))
Pair = Enum("Pair", [("LEFT", "l"), ("RIGHT", "r")])
print(Pair.LEFT.value, Pair("r"))
Sized = IntEnum("Sized", {"S": 1, "M": 5})
print(Sized.M + 0, repr(Sized.S))


def handle(c):
    if c is Color.RED:
        return "stop"
    if c == Color.GREEN:
        return "go"
    return "?"


print(handle(Color.RED), handle(Color.GREEN), handle(Color.BLUE))


class Weekday(Enum):
    MONDAY = 1
    TUESDAY = 2

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name[:3].title()


class Auto(Enum):
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()

    FIRST = auto()
    SECOND = auto()


print(list(Auto), Auto.SECOND.value)
print(hash(Color.RED) == hash(Color.CRIMSON), Color.RED.name, Color.CRIMSON.name)
print(sorted(Color, key=lambda c: c.value), max(Number), min(Number).name)
