# typing.Protocol with runtime_checkable: isinstance/issubclass by members, classes that
# implement a protocol explicitly, non-runtime protocols refusing checks, protocol
# inheritance, and Generic/NamedTuple/dataclass alongside.
from typing import Protocol, runtime_checkable, Generic, TypeVar, NamedTuple
from dataclasses import dataclass

T = TypeVar("T")


@runtime_checkable
class Closer(Protocol):
    def close(self) -> None: ...


@runtime_checkable
class SizedCloser(Closer, Protocol):
    def __len__(self) -> int: ...


class Plain(Protocol):
    def run(self) -> None: ...


class File:
    def close(self):
        return "closed"


class Buffer:
    def close(self):
        pass

    def __len__(self):
        return 0


class Explicit(Closer):
    pass


print(isinstance(File(), Closer), isinstance(3, Closer), isinstance(Buffer(), SizedCloser))
print(isinstance(File(), SizedCloser), issubclass(Buffer, Closer), issubclass(int, Closer))
print(isinstance(Explicit(), Closer), Explicit._is_protocol, Closer._is_protocol)
try:
    isinstance(File(), Plain)
except TypeError as e:
    print("TypeError", e)
try:
    runtime_checkable(File)
except TypeError as e:
    print("TypeError", str(e)[:45])


class Box(Generic[T]):
    def __init__(self, v: T):
        self.v = v


class Pt(NamedTuple):
    x: int
    y: int = 0


@dataclass
class Node:
    name: str


print(Box[int](3).v, Pt(1), Node("n"), isinstance(Node("x"), Closer))
