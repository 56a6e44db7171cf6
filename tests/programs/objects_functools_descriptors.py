# functools built on the data model: cached_property (a non-data descriptor with
# __set_name__), singledispatch (dispatch along the MRO and builtin types), total_ordering.
import functools


class Circle:
    def __init__(self, r):
        self.r = r
        self.computed = 0

    @functools.cached_property
    def area(self):
        self.computed += 1
        return 3 * self.r * self.r


c = Circle(2)
print(c.area, c.area, c.computed, "area" in c.__dict__, type(Circle.area).__name__)
del c.area
print(c.area, c.computed)
c.area = 99
print(c.area)
try:

    class Twice:
        p = functools.cached_property(lambda self: 1)
        q = p

except (TypeError, RuntimeError) as e:
    print(type(e).__name__)


class Slots:
    __slots__ = ("x",)

    @functools.cached_property
    def y(self):
        return 1


try:
    Slots().y
except TypeError as e:
    print("TypeError", e)


@functools.singledispatch
def describe(x):
    return "object"


@describe.register
def _(x: int):
    return "int"


@describe.register(list)
def _(x):
    return "list of %d" % len(x)


class Animal:
    pass


class Dog(Animal):
    pass


@describe.register
def _(x: Animal):
    return "animal " + type(x).__name__


print(describe(1), describe(True), describe("s"), describe([1, 2]), describe(Dog()), describe(Animal()))
print(describe.dispatch(bool).__name__, sorted(k.__name__ for k in describe.registry))


@functools.total_ordering
class Version:
    def __init__(self, *parts):
        self.parts = parts

    def __eq__(self, other):
        return self.parts == other.parts

    def __lt__(self, other):
        return self.parts < other.parts

    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))


vs = [Version(1, 2), Version(1, 0, 5), Version(2), Version(1, 2)]
print(sorted(vs), max(vs), Version(1, 2) >= Version(1, 2), Version(3) > Version(2, 9), Version(1) <= Version(0))
