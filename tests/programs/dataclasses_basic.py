# dataclasses: generated __init__/__repr__/__eq__, defaults, factories, order, frozen.
from dataclasses import dataclass, field, asdict, astuple, fields, replace, is_dataclass, FrozenInstanceError
from typing import List, ClassVar


@dataclass
class Point:
    x: int
    y: int = 0


p = Point(1)
print(p, Point(1, 2) == Point(1, 2), p == Point(1, 1), p != Point(2))
print(Point(y=3, x=4), Point.y, fields(p)[0].name, [f.name for f in fields(Point)])
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)


@dataclass
class Inventory:
    name: str
    items: List[str] = field(default_factory=list)
    count: int = field(default=0, repr=False)
    registry: ClassVar[int] = 99

    def __post_init__(self):
        self.count = len(self.items)


a = Inventory("a")
b = Inventory("b", ["x", "y"])
a.items.append("z")
print(a, b, a.count, b.count, Inventory.registry, a.items is not b.items)
print(asdict(b), astuple(b))


@dataclass(order=True, frozen=True)
class Version:
    major: int
    minor: int = 0
    patch: int = 0


versions = [Version(1, 2), Version(1, 0, 5), Version(0, 9)]
print(sorted(versions))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 9), max(versions))
print(hash(Version(1, 2)) == hash(Version(1, 2)), len({Version(1), Version(1), Version(2)}))
v = Version(3)
try:
    v.major = 4
except FrozenInstanceError as e:
    print("FrozenInstanceError:", e)
print(replace(v, minor=7), v)


@dataclass
class Line:
    start: Point
    end: Point
    label: str = "line"


line = Line(Point(0, 0), Point(3, 4))
print(line)
print(asdict(line))
print(is_dataclass(line), is_dataclass(Line), is_dataclass(3))


@dataclass
class Base:
    a: int
    b: str = "b"


@dataclass
class Derived(Base):
    c: float = 1.5


print(Derived(1), Derived(2, "x", 3.0), [f.name for f in fields(Derived)])
try:
    Point()
except TypeError as e:
    print("TypeError:", e)
try:
    Point(1, 2, 3)
except TypeError as e:
    print("TypeError:", e)
try:
    @dataclass
    class Bad:
        values: list = []
except ValueError as e:
    print("ValueError:", e)


@dataclass
class Custom:
    v: int

    def __repr__(self):
        return "Custom<" + str(self.v) + ">"


print(Custom(5), Custom(5) == Custom(5))


@dataclass(eq=False)
class ByIdentity:
    v: int


x = ByIdentity(1)
print(x == ByIdentity(1), x == x, len({x, x}))
