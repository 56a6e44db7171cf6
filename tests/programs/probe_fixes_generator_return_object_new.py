# A suspended generator (yielding inside try/finally or with) that the function holding it
# drops by returning is closed soon after, as CPython's reference counting does; object.__new__
# refuses extra arguments when a class's own __new__ passes them on; the keyword error of
# object.__init_subclass__ names the new class.
import contextlib


def numbers(tag):
    try:
        yield 1
        yield 2
    finally:
        print("finally of", tag)


def take_one(tag):
    g = numbers(tag)
    return next(g)


print(take_one("a"))
print("after a")


@contextlib.contextmanager
def managed(tag):
    print("enter", tag)
    try:
        yield tag
    finally:
        print("exit", tag)


def uses_manager_generator():
    with managed("m") as m:
        return m


print(uses_manager_generator())


def pipeline(n):
    def stage():
        try:
            for i in range(n):
                yield i * i
        finally:
            print("stage closed")

    total = 0
    for x in stage():
        total += x
        if x > 10:
            break
    return total


print(pipeline(10))


class WithNew:
    def __new__(cls, *args):
        return super().__new__(cls, *args)

    def __init__(self, v):
        self.v = v


try:
    WithNew(1)
except TypeError as e:
    print("TypeError:", e)


class NoArgsNew:
    def __new__(cls, *args):
        return super().__new__(cls)

    def __init__(self, v):
        self.v = v


print(NoArgsNew(3).v)


class Plain:
    pass


try:
    Plain(1)
except TypeError as e:
    print("TypeError:", e)
try:
    object.__new__(Plain, 1)
except TypeError as e:
    print("TypeError:", e)


class Hook:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)


try:

    class Oops(Hook, bogus=1):
        pass

except TypeError as e:
    print("TypeError:", e)


class Fine(Hook):
    pass


print(Fine.__name__, issubclass(Fine, Hook))
