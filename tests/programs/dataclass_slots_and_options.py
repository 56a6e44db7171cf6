# dataclass options: slots, frozen, order, kw_only, unsafe_hash, eq, repr, init, match_args,
# and the errors CPython gives for conflicting ones.
from dataclasses import KW_ONLY, FrozenInstanceError, dataclass, field, fields


def check(label, thunk):
    try:
        print(label, "->", thunk())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


print("-- slots")


@dataclass(slots=True)
class Point:
    x: int
    y: int = 0


p = Point(1)
print(p, Point.__slots__, hasattr(p, "__dict__"), type(Point.__dict__["x"]).__name__)
check("p.z = 1", lambda: setattr(p, "z", 1))
p.x = 5
print(p, Point(1) == Point(1), fields(Point)[1].default, Point.__qualname__, Point.__doc__)


@dataclass(slots=True, frozen=True)
class FrozenSlots:
    a: int
    b: str = "b"


fs = FrozenSlots(1)
print(fs, hash(fs) == hash((1, "b")), FrozenSlots.__slots__, fs.__getstate__())
check("fs.a = 3", lambda: setattr(fs, "a", 3))
restored = FrozenSlots.__new__(FrozenSlots)
restored.__setstate__([7, "q"])
print(restored)


@dataclass(slots=True, weakref_slot=True)
class Weak:
    a: int


print(Weak.__slots__)


@dataclass(slots=True)
class SlotBase:
    a: int


@dataclass(slots=True)
class SlotChild(SlotBase):
    b: int = 2
    c: list = field(default_factory=list, init=False)
    d: int = field(default=9, init=False)


child = SlotChild(1)
print(child, SlotChild.__slots__, SlotBase.__slots__, hasattr(child, "__dict__"))


def slots_twice():
    @dataclass(slots=True)
    class Twice:
        __slots__ = ("a",)
        a: int


def weakref_without_slots():
    @dataclass(weakref_slot=True)
    class NoSlots:
        a: int


check("slots=True with __slots__", slots_twice)
check("weakref_slot without slots", weakref_without_slots)

print("-- frozen")


@dataclass(frozen=True)
class Frozen:
    x: int
    y: int = 0


f = Frozen(1, 2)
check("f.x = 5", lambda: setattr(f, "x", 5))
check("del f.x", lambda: delattr(f, "x"))
check("f.other = 5", lambda: setattr(f, "other", 5))
print(hash(f) == hash((1, 2)), {f: "found"}[Frozen(1, 2)], issubclass(FrozenInstanceError, AttributeError))


def frozen_from_plain():
    @dataclass
    class Plain:
        a: int

    @dataclass(frozen=True)
    class Child(Plain):
        b: int


def plain_from_frozen():
    @dataclass
    class Child(Frozen):
        b: int = 0


check("frozen from non-frozen", frozen_from_plain)
check("non-frozen from frozen", plain_from_frozen)

print("-- order")


@dataclass(order=True)
class Version:
    major: int
    minor: int = 0
    note: str = field(default="", compare=False)


print(sorted([Version(1, 2), Version(1, 0, "b"), Version(0, 9)]))
print(Version(1) < Version(1, 1), Version(2) >= Version(1, 5), Version(1, 0, "x") == Version(1, 0, "y"))
check("Version(1) < 3", lambda: Version(1) < 3)
check("Version(1) == (1, 0)", lambda: Version(1) == (1, 0))


def order_conflict():
    @dataclass(order=True)
    class Both:
        a: int

        def __lt__(self, other):
            return True


def order_without_eq():
    @dataclass(order=True, eq=False)
    class NoEq:
        a: int


check("order with own __lt__", order_conflict)
check("order without eq", order_without_eq)

print("-- keyword-only")


@dataclass
class Options:
    name: str
    _: KW_ONLY
    verbose: bool = False
    level: int


print(Options("a", level=2), Options.__match_args__, [(f.name, f.kw_only) for f in fields(Options)])
check("Options('a', True, 2)", lambda: Options("a", True, 2))
check("Options('a')", lambda: Options("a"))


@dataclass(kw_only=True)
class AllKeywords:
    a: int
    b: int = 0


print(AllKeywords(a=1), AllKeywords.__match_args__)
check("AllKeywords(1)", lambda: AllKeywords(1))
check("AllKeywords()", lambda: AllKeywords())


@dataclass
class Mixed:
    a: int = field(kw_only=True, default=0)
    b: int = 5


print(Mixed(7, a=1), Mixed())

print("-- hashing and equality")


@dataclass(unsafe_hash=True)
class Hashed:
    a: int
    tags: list = field(default_factory=list, hash=False)


print(hash(Hashed(1)) == hash((1,)), Hashed(1) == Hashed(1, []))


@dataclass
class Unhashable:
    a: int


check("hash(Unhashable(1))", lambda: hash(Unhashable(1)))
print(Unhashable.__hash__)


@dataclass(eq=False)
class Identity:
    a: int


i = Identity(1)
print(i == Identity(1), i == i, Identity.__hash__ is object.__hash__)


@dataclass
class OwnEq:
    a: int

    def __eq__(self, other):
        return True


print(OwnEq(1) == OwnEq(2), OwnEq.__hash__)


@dataclass
class OwnHash:
    a: int

    def __hash__(self):
        return 7


print(hash(OwnHash(1)))


def unsafe_with_own_hash():
    @dataclass(unsafe_hash=True)
    class Both:
        a: int

        def __hash__(self):
            return 1


check("unsafe_hash with __hash__", unsafe_with_own_hash)

print("-- repr, init, match_args")


@dataclass
class Secretive:
    user: str
    password: str = field(repr=False, default="hunter2")


print(Secretive("ann"), Secretive("ann") == Secretive("ann", "other"))


@dataclass(repr=False)
class NoRepr:
    a: int


print(repr(NoRepr(1)).startswith("<"), NoRepr(1) == NoRepr(1))


@dataclass(init=False)
class NoInit:
    a: int = 3

    def __init__(self, value):
        self.a = value * 2


print(NoInit(4), NoInit.__doc__)


@dataclass(match_args=False)
class NoMatch:
    a: int


print(hasattr(NoMatch, "__match_args__"))


@dataclass
class Shape:
    kind: str
    size: int = 1


for shape in (Shape("square", 3), Shape("circle"), Shape("dot", 0)):
    match shape:
        case Shape("square", size):
            print("square of", size)
        case Shape(kind, 1):
            print(kind, "of default size")
        case Shape(kind=k):
            print("other:", k)

print(Shape.__doc__)
check("Shape()", lambda: Shape())
check("Shape('a', 1, 2)", lambda: Shape("a", 1, 2))
check("Shape('a', sides=3)", lambda: Shape("a", sides=3))
check("Shape('a', kind='b')", lambda: Shape("a", kind="b"))
