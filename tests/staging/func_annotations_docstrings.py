def scale(v: float, k: float = 2.0) -> float:
    """Scale v by k."""
    return v * k
print(scale(3), scale(1.5, k=4))
print(scale.__doc__)
print(scale.__annotations__ == {"v": float, "k": float, "return": float})
print(scale.__defaults__)
def nodoc():
    pass
print(nodoc.__doc__, nodoc())
def varargs(*xs: int) -> int:
    total = 0
    for x in xs:
        total += x
    return total
print(varargs(1, 2, 3), varargs())
class Vec:
    """A 2D vector."""
    def norm2(self) -> int:
        return 0
print(Vec.__doc__, Vec.__name__, Vec().norm2())
