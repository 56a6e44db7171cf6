# typing.NamedTuple, TypedDict and NewType, get_type_hints and the small helpers.
import typing
from typing import (Annotated, ClassVar, Dict, List, NamedTuple, NewType, NotRequired,
                    Optional, Required, TypedDict, cast, final, get_type_hints, overload)


def check(label, thunk):
    try:
        print(label, "->", thunk())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


print("-- NamedTuple")


class Point(NamedTuple):
    """A point."""
    x: int
    y: int = 0
    label: str = "origin"

    def norm(self) -> int:
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p, p.norm(), isinstance(p, tuple), p._fields, Point._field_defaults)
print(p._asdict(), p._replace(x=1), Point(1), Point(x=2, label="b"), Point.__doc__)
print(p[0], p[-1], list(p), len(p), p == (3, -4, "origin"), Point.__annotations__)
print([c.__name__ for c in Point.__mro__], Point.__name__, Point.__module__, Point._make([5, 6, "m"]))
x, y, label = p
print(x, y, label, hash(p) == hash((3, -4, "origin")), sorted([Point(2, 1), Point(1, 5)]))
check("Point()", lambda: Point())
check("Point(1, 2, 'a', 4)", lambda: Point(1, 2, "a", 4))
check("Point(1, z=2)", lambda: Point(1, z=2))
check("p.x = 5", lambda: setattr(p, "x", 5))


def default_order():
    class Bad(NamedTuple):
        a: int = 1
        b: str


def overwrite():
    class Bad(NamedTuple):
        a: int

        def _asdict(self):
            return {}


check("non-default after default", default_order)
check("overwriting _asdict", overwrite)

Employee = NamedTuple("Employee", [("name", str), ("id", int)])
print(Employee("ann", 7), Employee.__annotations__, Employee._fields)


class Point3(Point):
    def scaled(self, k):
        return Point(self.x * k, self.y * k)


print(Point3(1, 2).scaled(3), Point3(1, 2))

print("-- TypedDict")


class Movie(TypedDict):
    title: str
    year: int


class PartialMovie(TypedDict, total=False):
    title: str
    rating: float


class MovieWithDirector(Movie, total=False):
    director: str


class Marked(TypedDict, total=False):
    a: Required[int]
    b: NotRequired[str]
    c: int
    d: Annotated[Required[int], "meta"]


m = Movie(title="Blade Runner", year=1982)
print(m, type(m).__name__, m == {"title": "Blade Runner", "year": 1982})
for td in (Movie, PartialMovie, MovieWithDirector, Marked):
    print(td.__name__, td.__total__, sorted(td.__required_keys__), sorted(td.__optional_keys__),
          list(td.__annotations__))
print(typing.is_typeddict(Movie), typing.is_typeddict(dict), Movie(), PartialMovie(title="x"))
Functional = TypedDict("Functional", {"a": int, "b": str}, total=False)
print(Functional(a=1), sorted(Functional.__optional_keys__), Functional.__total__)


def mixed_bases():
    class Bad(TypedDict, Point):
        pass


check("TypedDict and a plain base", mixed_bases)
check("issubclass(dict, Movie)", lambda: issubclass(dict, Movie))

print("-- NewType")
UserId = NewType("UserId", int)
AdminId = NewType("AdminId", UserId)
print(UserId, AdminId, UserId(5), type(UserId(5)).__name__, UserId.__supertype__)
print(AdminId.__supertype__, UserId.__name__, UserId.__qualname__, UserId.__module__)
print(UserId | None, Optional[UserId], List[UserId], AdminId(UserId(3)) + 1)
check("UserId()", lambda: UserId())
check("UserId(1, 2)", lambda: UserId(1, 2))


def subclass_newtype():
    class Admin(UserId):
        pass


check("subclassing a NewType", subclass_newtype)

print("-- get_type_hints")


class Node:
    value: int
    next: Optional["Node"] = None
    children: List["Node"]
    meta: Annotated[int, "units"]
    count: ClassVar[int] = 0


class Leaf(Node):
    extra: Dict[str, "Node"]


def connect(a: "Node", b: Node, weight: float = 1.0) -> None:
    pass


def untyped(a, b=2):
    pass


print(get_type_hints(Node))
print(get_type_hints(Node, include_extras=True)["meta"])
print(get_type_hints(Leaf)["extra"], list(get_type_hints(Leaf)))
print(get_type_hints(connect), get_type_hints(untyped))


def missing(x: "Undefined"):
    pass


check("unresolvable", lambda: get_type_hints(missing))
check("get_type_hints(3)", lambda: get_type_hints(3))

print("-- helpers")
print(cast(int, "not checked"), cast("List[int]", (1,)), typing.assert_type(5, int))


@overload
def double(x: int) -> int: ...


@overload
def double(x: str) -> str: ...


def double(x):
    return x * 2


print(double(4), double("ab"), len(typing.get_overloads(double)))


@overload
def lonely(x: int) -> int: ...


check("calling an @overload stub", lambda: lonely(1))


@final
class Sealed:
    @final
    def method(self):
        return 1


print(Sealed.__final__, Sealed.method.__final__, typing.TYPE_CHECKING)
check("assert_never", lambda: typing.assert_never("oops"))


@typing.no_type_check
def loose(x: "not a type at all"):
    return x


print(get_type_hints(loose), loose(1))
