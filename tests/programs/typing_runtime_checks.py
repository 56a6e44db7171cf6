# isinstance()/issubclass() with typing's aliases, special forms and protocols, and the
# errors CPython gives for the ones that cannot be checked or instantiated.
import collections
import typing
from typing import (Any, Callable, ClassVar, Dict, FrozenSet, Hashable, Iterable, Iterator,
                    List, Literal, Mapping, MutableMapping, NewType, Optional, Protocol,
                    Sequence, Set, Sized, SupportsAbs, SupportsFloat, SupportsIndex,
                    SupportsInt, Tuple, Type, TypedDict, TypeVar, Union, runtime_checkable)


def check(label, thunk):
    try:
        print(label, "->", thunk())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


print("-- unsubscripted aliases")
check("isinstance([], List)", lambda: isinstance([], List))
check("isinstance({}, List)", lambda: isinstance({}, List))
check("issubclass(list, Dict)", lambda: issubclass(list, Dict))
check("issubclass(dict, Dict)", lambda: issubclass(dict, Dict))
check("isinstance(set(), Set)", lambda: isinstance(set(), Set))
check("isinstance(frozenset(), FrozenSet)", lambda: isinstance(frozenset(), FrozenSet))
check("isinstance((1,), Tuple)", lambda: isinstance((1,), Tuple))
check("isinstance(int, Type)", lambda: isinstance(int, Type))
check("isinstance('ab', Sequence)", lambda: isinstance("ab", Sequence))
check("isinstance({}, Mapping)", lambda: isinstance({}, Mapping))
check("issubclass(dict, MutableMapping)", lambda: issubclass(dict, MutableMapping))
check("isinstance(3, Iterable)", lambda: isinstance(3, Iterable))
check("isinstance(iter([]), Iterator)", lambda: isinstance(iter([]), Iterator))
check("isinstance(len, Callable)", lambda: isinstance(len, Callable))
check("isinstance(3, Callable)", lambda: isinstance(3, Callable))
check("isinstance([], Hashable)", lambda: isinstance([], Hashable))
check("isinstance((), Hashable)", lambda: isinstance((), Hashable))
check("isinstance('', Sized)", lambda: isinstance("", Sized))
check("isinstance(deque(), Deque)", lambda: isinstance(collections.deque(), typing.Deque))
check("isinstance(Counter(), Dict)", lambda: isinstance(collections.Counter(), Dict))
check("issubclass(OrderedDict, typing.OrderedDict)",
      lambda: issubclass(collections.OrderedDict, typing.OrderedDict))
check("isinstance(3, (str, List))", lambda: isinstance(3, (str, List)))
check("issubclass(List, Sequence)", lambda: issubclass(List, Sequence))

print("-- unions")
check("isinstance(3, Union[int, str])", lambda: isinstance(3, Union[int, str]))
check("isinstance(2.5, Union[int, str])", lambda: isinstance(2.5, Union[int, str]))
check("isinstance(None, Optional[int])", lambda: isinstance(None, Optional[int]))
check("issubclass(bool, Optional[int])", lambda: issubclass(bool, Optional[int]))

print("-- cannot be checked")
check("isinstance([], List[int])", lambda: isinstance([], List[int]))
check("issubclass(list, Dict[str, int])", lambda: issubclass(list, Dict[str, int]))
check("isinstance(1, Literal[1])", lambda: isinstance(1, Literal[1]))
check("isinstance([], list[int])", lambda: isinstance([], list[int]))
check("isinstance(3, Any)", lambda: isinstance(3, Any))
check("isinstance(3, Union)", lambda: isinstance(3, Union))
check("issubclass(int, ClassVar)", lambda: issubclass(int, ClassVar))
check("isinstance(3, TypeVar('T'))", lambda: isinstance(3, TypeVar("T")))
UserId = NewType("UserId", int)
check("isinstance(3, UserId)", lambda: isinstance(3, UserId))


class Movie(TypedDict):
    title: str


check("isinstance({}, Movie)", lambda: isinstance({}, Movie))

print("-- cannot be instantiated")
check("List()", lambda: List())
check("Dict(a=1)", lambda: Dict(a=1))
check("Tuple[int, str]()", lambda: Tuple[int, str]())
check("Any()", lambda: Any())
check("Union()", lambda: Union())
check("Optional[int]()", lambda: Optional[int]())
check("Deque([1, 2])", lambda: typing.Deque([1, 2]))
check("DefaultDict[str, int](int)", lambda: typing.DefaultDict[str, int](int))
check("Counter('abca')", lambda: typing.Counter("abca"))

print("-- protocols")


@runtime_checkable
class Closable(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class Named(Protocol):
    name: str

    def greet(self) -> str: ...


class NotRuntime(Protocol):
    def close(self) -> None: ...


class File:
    def close(self):
        return "closed"


class Person:
    def __init__(self):
        self.name = "Ann"

    def greet(self):
        return "hi " + self.name


class Blocked:
    close = None


check("isinstance(File(), Closable)", lambda: isinstance(File(), Closable))
check("isinstance(3, Closable)", lambda: isinstance(3, Closable))
check("issubclass(File, Closable)", lambda: issubclass(File, Closable))
check("issubclass(Blocked, Closable)", lambda: issubclass(Blocked, Closable))
check("isinstance(Blocked(), Closable)", lambda: isinstance(Blocked(), Closable))
check("isinstance(Person(), Named)", lambda: isinstance(Person(), Named))
check("isinstance(File(), Named)", lambda: isinstance(File(), Named))
check("issubclass(Person, Named)", lambda: issubclass(Person, Named))
check("isinstance(File(), NotRuntime)", lambda: isinstance(File(), NotRuntime))
check("issubclass(File, NotRuntime)", lambda: issubclass(File, NotRuntime))
check("runtime_checkable(File)", lambda: runtime_checkable(File))
check("Closable()", lambda: Closable())


class Explicit(Closable):
    def __init__(self, tag):
        self.tag = tag


check("Explicit('x').tag", lambda: Explicit("x").tag)
check("Explicit._is_protocol", lambda: Explicit._is_protocol)


def bad_protocol():
    class Mixed(Protocol, File):
        pass


check("Protocol with a plain base", bad_protocol)

T = TypeVar("T")


@runtime_checkable
class Box(Protocol[T]):
    def get(self) -> T: ...


class IntBox:
    def get(self):
        return 1


check("isinstance(IntBox(), Box)", lambda: isinstance(IntBox(), Box))
check("Box[int]", lambda: Box[int])
check("Box.__parameters__", lambda: Box.__parameters__)

print("-- Supports*")
for value in (3, 2.5, "s", True, -4):
    print(repr(value), [isinstance(value, p)
                        for p in (SupportsInt, SupportsFloat, SupportsIndex, SupportsAbs)])
check("issubclass(str, SupportsAbs)", lambda: issubclass(str, SupportsAbs))
check("SupportsAbs[int]", lambda: SupportsAbs[int])
