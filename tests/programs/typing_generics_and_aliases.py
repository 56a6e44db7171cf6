# typing's reprs, equality, get_origin/get_args, substitution and Generic classes.
from typing import (Annotated, Any, Callable, ClassVar, Dict, Final, Generic, Iterable, List,
                    Literal, Mapping, Optional, ParamSpec, Protocol, Sequence, Tuple, Type,
                    TypeVar, Union, get_args, get_origin)


def check(label, thunk):
    try:
        print(label, "->", thunk())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


T = TypeVar("T")
K = TypeVar("K")
V = TypeVar("V")
T_co = TypeVar("T_co", covariant=True)
C_contra = TypeVar("C_contra", contravariant=True)
Num = TypeVar("Num", int, float)
S = TypeVar("S", bound=str)
P = ParamSpec("P")

print("-- type variables")
print(T, T_co, C_contra, Num, S, P, P.args, P.kwargs)
print(T.__name__, Num.__constraints__, S.__bound__, T_co.__covariant__, T.__module__)
check("TypeVar('X', int)", lambda: TypeVar("X", int))
check("TypeVar('X', int, str, bound=int)", lambda: TypeVar("X", int, str, bound=int))
check("TypeVar covariant and contravariant",
      lambda: TypeVar("X", covariant=True, contravariant=True))
check("T | None", lambda: T | None)

print("-- reprs")
print(List[int], Dict[str, List[int]], Tuple[int, ...], Tuple[()], Type[int])
print(Optional[int], Union[int, str], Union[int, str, None], Optional[Union[int, str]])
print(Callable[[int], str], Callable[..., int], Callable[[], None], Callable[P, int])
print(Literal["a", 1], Annotated[int, "meta", 3], ClassVar[int], Final[List[str]])
print(Iterable[T], Mapping[K, V], Any, Union, Optional, List, Callable)
print(List["Node"], Optional["Tree"], Sequence[list[int]])

print("-- equality and simplification")
print(Union[int, str] == Union[str, int], Union[int, int], Union[int], Union[int, Union[str, int]])
print(Optional[int] == Union[None, int], Union[int, str] == (int | str), List[int] == list[int])
print(List[int] == List[int], List[int] is List[int], hash(Dict[str, int]) == hash(Dict[str, int]))
print(Literal[1, 2] == Literal[2, 1], Literal[1] == Literal[True], Literal[1, 1, 2])
print(Literal[Literal[1, 2], 3], Annotated[Annotated[int, "a"], "b"])
check("Union[()]", lambda: Union[()])
check("Optional[int, str]", lambda: Optional[int, str])
check("Union[int, Union]", lambda: Union[int, Union])
check("List[int, str]", lambda: List[int, str])
check("Dict[str]", lambda: Dict[str])
check("Callable[int]", lambda: Callable[int])
check("ClassVar[int, str]", lambda: ClassVar[int, str])
check("List[ClassVar[int]]", lambda: List[ClassVar[int]])
check("Annotated[int]", lambda: Annotated[int])

print("-- get_origin / get_args")
for tp in (List[int], Dict[str, int], List, Optional[int], Union[int, str], Callable[[int], str],
           Callable[..., int], Tuple[int, ...], Literal["x"], Annotated[int, "m"], ClassVar[int],
           list[int], int | None, Generic, Generic[T], int, P.args):
    print(tp, "|", get_origin(tp), "|", get_args(tp))

print("-- substitution")
print(List[T][int], Dict[K, V][str, int], Dict[str, T][List[int]], Callable[[T], T][int])
print(Optional[T][str], Union[T, int][str], Tuple[T, ...][float], Annotated[List[T], "m"][int])
check("List[int][str]", lambda: List[int][str])
check("Dict[K, V][int]", lambda: Dict[K, V][int])

print("-- Generic classes")


class Stack(Generic[T]):
    def __init__(self):
        self.items = []

    def push(self, item: T) -> None:
        self.items.append(item)

    def pop(self) -> T:
        return self.items.pop()


s = Stack[int]()
s.push(3)
s.push(4)
print(s.pop(), s.items, type(s).__name__, s.__orig_class__)
print(Stack[int], Stack[str] == Stack[str], Stack[int] == Stack[str], Stack.__parameters__)
print(Stack.__orig_bases__, [c.__name__ for c in Stack.__mro__])
print(get_origin(Stack[int]), get_args(Stack[int]))
check("Stack[int, str]", lambda: Stack[int, str])
check("Stack[int][str]", lambda: Stack[int][str])


class Pair(Generic[K, V]):
    def __init__(self, key: K, value: V):
        self.key, self.value = key, value

    def __repr__(self):
        return "Pair(%r, %r)" % (self.key, self.value)


print(Pair[str, int]("a", 1), Pair.__parameters__, Pair[str, V], Pair[str, V][bytes])
check("Pair[int]", lambda: Pair[int])


class Base:
    def who(self):
        return "base"


class Mixed(Base, Generic[T]):
    def who(self):
        return "mixed/" + super().who()


print(Mixed[int]().who(), [c.__name__ for c in Mixed.__mro__], Mixed.__parameters__)


class IntStack(Stack[int]):
    pass


print([c.__name__ for c in IntStack.__mro__], IntStack.__orig_bases__, IntStack.__parameters__)
check("IntStack[int]", lambda: IntStack[int])


class KeyedPair(Pair[str, V]):
    pass


print(KeyedPair.__parameters__, KeyedPair[float])


class MyList(List[str]):
    def shout(self):
        return [x.upper() for x in self]


print(MyList(["a", "b"]).shout(), [c.__name__ for c in MyList.__mro__])


def generic_errors():
    for label, make in (("Generic[int]", lambda: Generic[int]),
                        ("Generic[T, T]", lambda: Generic[T, T]),
                        ("Protocol[int]", lambda: Protocol[int])):
        check(label, make)

    def plain():
        class Plain(Generic):
            pass

    def unlisted():
        class Unlisted(Pair[K, V], Generic[K]):
            pass

    def union_base():
        class U(Union[int, str]):
            pass

    def typevar_base():
        class TV(TypeVar):
            pass

    for label, make in (("class Plain(Generic)", plain), ("unlisted type variable", unlisted),
                        ("class U(Union[int, str])", union_base),
                        ("class TV(TypeVar)", typevar_base)):
        check(label, make)


generic_errors()


class Registry:
    def __class_getitem__(cls, item):
        return "Registry of " + repr(item)


print(Registry[int], Registry["x"])
