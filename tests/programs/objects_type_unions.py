# PEP 604 unions: `X | Y` of types, None, generic aliases and unions.
import types

u = int | None
print(u, type(u).__name__, u.__args__, isinstance(u, types.UnionType))
print(int | str | int, (int | str) == (str | int), hash(int | str) == hash(str | int))
print(isinstance(3, int | str), isinstance(3.5, int | str), isinstance(None, int | None))
print(issubclass(bool, int | str), issubclass(float, int | str))
print(list[int] | None, None | int, int | list[str] | None)


class A:
    pass


print(A | int, int | A, (A | None).__args__)
print(int | int)
for bad in [lambda: int | 3, lambda: 3 | int, lambda: int | "x"]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


def f(x: int | None = None) -> str | None:
    return x


print(f(), f.__annotations__ if False else "ok")
class M(type): pass
class C(metaclass=M): pass
print(C | None, None | C, C | int)
import enum
class E(enum.Enum):
    A = 1
print(E | None)
