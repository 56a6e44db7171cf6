# Annotated assignments and __annotations__ of modules, classes and functions.
count: int = 3
label: str
print(count, __annotations__)
try:
    print(label)
except NameError as e:
    print("NameError:", e)


class Point:
    x: int = 0
    y: int = 0
    tag: "str"
    if True:
        z: float = 1.5

    def __init__(self, x: int, y: int = 0) -> None:
        self.x: int = x
        self.y = y
        local: list = [x, y]
        self.total: int = sum(local)


print(Point.__annotations__)
p = Point(2, 5)
print(p.x, p.y, p.total, Point.z, "tag" in vars(Point))
print(Point.__init__.__annotations__)


class Child(Point):
    extra: bool = True


print(Child.__annotations__, Child.x)


class Plain:
    pass


print(Plain.__annotations__, Plain.__annotations__ is Plain.__annotations__)


def f(a: int, *args: str, key: "float" = 1.0, **kw: bytes) -> tuple:
    return (a, args, key, kw)


print(f.__annotations__)
print(f(1, "x", key=2.0, extra=b"y"))


def g(x, y):
    return x


print(g.__annotations__, g.__annotations__ is g.__annotations__)
g.__annotations__["x"] = int
print(g.__annotations__)


def outer():
    Alias = list

    def inner(v: Alias) -> Alias:
        return v

    return inner.__annotations__


print(outer())

try:
    def bad(v: undefined_name):
        pass
except NameError as e:
    print("NameError:", e)

values: list = []
values.append(1)
d = {}
d["k"]: int = 5
print(values, d, __annotations__)
