# An exception's __context__ is the exception being handled when it is raised, in its own
# frame or in any caller (CPython's thread-wide exc_info), also in __exit__ and in callees of
# an except block that catch it themselves; with_traceback returns the exception.
import sys


class CM:
    def __enter__(self):
        pass

    def __exit__(self, *a):
        print("exc_info in __exit__:", sys.exc_info()[0].__name__)
        raise KeyError("x")


try:
    with CM():
        raise ValueError("v")
except KeyError as e:
    print(repr(e.__context__))


def g():
    raise KeyError("y")


def h():
    try:
        g()
    except KeyError as n:
        print("context in callee:", repr(n.__context__))


try:
    raise ValueError("w")
except ValueError:
    h()

try:
    g()
except KeyError as e:
    print("no context:", e.__context__)


def deep(n):
    if n == 0:
        raise IndexError("deep")
    return deep(n - 1)


try:
    raise TypeError("outer")
except TypeError:
    try:
        deep(20)
    except IndexError as e:
        print("deep context:", repr(e.__context__))

e = ValueError(1)
print(e.__traceback__, e.with_traceback(None) is e)
try:
    try:
        raise KeyError("a")
    except KeyError:
        raise ValueError("b") from None
except ValueError as e:
    print(repr(e.__context__), e.__cause__, e.__suppress_context__)
