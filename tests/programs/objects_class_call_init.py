# A class call runs __init__ in the interpreter's loop and gives the instance: keywords,
# *args/**kwargs, defaults, inherited and super().__init__, __init__ that returns a value
# (TypeError), raises (traceback through the caller), recurses, or is a generator; classes
# with __new__, slots and properties alongside.
import sys


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class P:
    def __init__(self, x, y=2, *rest, z=3, **more):
        self.v = (x, y, rest, z, sorted(more))


print(P(1).v, P(1, 5, 6, 7, z=9, w=0).v, P(*[1, 2], **{"z": 4}).v, P(x=8).v)
attempt("missing", lambda: P())
attempt("too many keywords", lambda: P(1, x=2))


class Base:
    def __init__(self, name):
        self.name = name
        self.log = ["Base"]


class Child(Base):
    def __init__(self, name, extra):
        super().__init__(name)
        self.extra = extra
        self.log.append("Child")


class Inherits(Child):
    pass


c = Inherits("n", 1)
print(type(c).__name__, c.name, c.extra, c.log)


class Returns:
    def __init__(self, v):
        self.v = v
        return v


print(Returns(None).v)
attempt("returns int", lambda: Returns(5))
attempt("returns str", lambda: Returns("s"))


class Raises:
    def __init__(self, n):
        if n < 0:
            raise ValueError(f"negative {n}")
        self.n = n


attempt("raises", lambda: Raises(-1))
print(Raises(3).n)


class Tree:
    def __init__(self, depth):
        self.children = [Tree(depth - 1) for _ in range(2)] if depth else []

    def size(self):
        return 1 + sum(t.size() for t in self.children)


print(Tree(8).size())


class Deep:
    def __init__(self, n):
        self.next = Deep(n + 1)


try:
    Deep(0)
except RecursionError:
    print("RecursionError from __init__ recursion")


class Gen:
    def __init__(self):
        yield 1


attempt("generator __init__", lambda: Gen())


class WithNew:
    def __new__(cls, *args):
        obj = super().__new__(cls)
        obj.made_by_new = True
        return obj

    def __init__(self, a):
        self.a = a


w = WithNew(4)
print(w.made_by_new, w.a)


class Slotted:
    __slots__ = ("a",)

    def __init__(self, a):
        self.a = a


print(Slotted(5).a, [Slotted(i).a for i in range(3)])


class NoInit:
    pass


attempt("NoInit(1)", lambda: NoInit(1))
print(type(NoInit()).__name__)


class Counter:
    count = 0

    def __init__(self):
        Counter.count += 1


objs = [Counter() for _ in range(1000)]
print(Counter.count, len(objs), all(isinstance(o, Counter) for o in objs))


def make(cls, *a, **k):
    return cls(*a, **k)


print(make(P, 1, 2, z=0).v, sys.getrecursionlimit() > 100)
