# typing: subscripted aliases and their reprs, Generic, NamedTuple, TypedDict; builtin generics.
from typing import List, Dict, Optional, Union, Any, Callable, Tuple, TypeVar, Generic, NamedTuple, TypedDict, cast
T = TypeVar("T")
print(List[int], Dict[str, List[int]], Optional[str], Union[int, str], Any, Callable[[int, str], bool], Tuple[int, ...], T)
print(list[int], dict[str, list[int]], tuple[int, ...], type[int])
class Stack(Generic[T]):
    def __init__(self) -> None:
        self.items: List[T] = []
    def push(self, item: T) -> None:
        self.items.append(item)
s = Stack[int]()
s.push(3)
print(s.items)
class P(NamedTuple):
    x: int
    y: int = 0
p = P(1)
print(p, p.x, p._replace(y=5), list(p), p == P(1, 0))
class Movie(TypedDict):
    name: str
print(Movie(name="x"))
def f(a: Optional[int] = None) -> Dict[str, Any]:
    return {"a": a}
print(f.__annotations__)
print(isinstance(int, type), isinstance(list, type), type(int), isinstance(3, type))
print(cast(int, "3"))
from types import SimpleNamespace, FunctionType, GeneratorType
ns = SimpleNamespace(a=1, b="two")
ns.c = 3.0
print(ns, ns.a, ns == SimpleNamespace(a=1, b="two", c=3.0))
print(isinstance(f, FunctionType), isinstance((x for x in []), GeneratorType))
print(List[int] == List[int], Optional[int] == Union[int, None], list[int] == list[int])
print(Union[int], Union[int, Union[str, int]])
class Box(Generic[T]):
    pass
print(Box[int]().__class__.__name__, type(...), ..., Ellipsis is ...)
