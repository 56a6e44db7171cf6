# A bare `raise` in a helper called from an `except` block, exception chaining details,
# reversed() through the sequence protocol, augmented assignment to slices, class keyword
# `**`, OSError's args, %-format type errors, input() from a replaced sys.stdin.
import io
import sys


def reraise():
    raise


def log_and_reraise(tag):
    print("handling", tag, type(sys.exc_info()[1]).__name__)
    raise


try:
    try:
        {}["k"]
    except KeyError:
        reraise()
except Exception as e:
    print("reraised", type(e).__name__, e)

try:
    try:
        1 / 0
    except ZeroDivisionError:
        log_and_reraise("div")
except ZeroDivisionError as e:
    print("again", e)

try:
    reraise()
except RuntimeError as e:
    print("outside:", e)

# raise ... from a class instantiates the cause.
try:
    raise KeyError("k") from ValueError
except KeyError as e:
    print(repr(e.__cause__), e.__suppress_context__)

e = KeyError()
print(e.__cause__, e.__suppress_context__)
e.__cause__ = ValueError("v")
print(repr(e.__cause__), e.__suppress_context__)
for bad in (3, "x", ValueError):
    try:
        e.__cause__ = bad
    except TypeError as t:
        print("TypeError", t)
e.__cause__ = None
print(e.__cause__)


def stops():
    raise StopIteration("early")
    yield


try:
    next(stops())
except RuntimeError as r:
    print(r, repr(r.__cause__), repr(r.__context__), r.__suppress_context__)


class Counter3:
    def __init__(self):
        self.n = 0

    def __iter__(self):
        return self

    def __next__(self):
        self.n += 1
        if self.n > 3:
            raise StopIteration("done after 3")
        return self.n


def delegate():
    result = yield from Counter3()
    print("delegate got", result)
    return result


print(list(delegate()))


class Seq:
    def __len__(self):
        return 4

    def __getitem__(self, i):
        if i >= 6:
            raise IndexError(i)
        return i * 10


class Short:
    """__len__ claims more than __getitem__ gives: reversed starts at len-1."""

    def __len__(self):
        return 3

    def __getitem__(self, i):
        return "abc"[i]


class OnlyGetitem:
    def __getitem__(self, i):
        return i


class Nothing:
    pass


print(list(reversed(Seq())), list(reversed(Short())))
for obj in (OnlyGetitem(), Nothing(), 5):
    try:
        reversed(obj)
    except TypeError as t:
        print("TypeError", t)

l = [1, 2, 3]
l[1:] += [4]
print(l)
l[::2] *= 1
print(l)
l[:0] += ["front"]
print(l)
try:
    l[::2] += [1]
except ValueError as v:
    print("ValueError", v)
b = bytearray(b"abc")
b[1:] += b"!"
print(b)


class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta", name, sorted(kw.items()))
        return super().__new__(mcls, name, bases, ns)

    def __init__(cls, name, bases, ns, **kw):
        super().__init__(name, bases, ns)


opts = {"color": "red", "size": 3}


class A(metaclass=Meta, **opts):
    pass


class B(A, flavour=1, **{"extra": True}):
    pass


class Base:
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, sorted(kw))


class C(Base, **{"x": 1, "y": 2}):
    pass


for src in ("*a = [1]", "*a, = [1]; print(a)"):
    try:
        exec(src)
    except SyntaxError as s:
        print("SyntaxError", s.msg)

e = OSError(2, "No such file", "f.txt")
print(e.args, repr(e), str(e), e.filename, type(e).__name__)
e = OSError(13, "Denied", "a", None, "b")
print(e.args, str(e), e.filename2)
e = OSError(1, 2, 3, 4, 5, 6)
print(str(e), e.args, e.filename, e.errno)
print(OSError("just text").args, OSError().args)
try:
    open("/nonexistent-dir/x.txt")
except OSError as err:
    print(err.args, repr(err), err.filename)

for template, value in [("%.2f", "3.5"), ("%f", None), ("%e", [1]), ("%d", "3"),
                        ("%x", "ff"), ("%x", 2.5), ("%i", b"1"), ("%g", 2), ("%d", 2.9)]:
    try:
        print(template % value)
    except TypeError as t:
        print("TypeError", t)


class Indexable:
    def __index__(self):
        return 7


print("%f %e %x %d" % (Indexable(), Indexable(), Indexable(), Indexable()))

sys.stdin = io.StringIO("first line\r\nsecond\nlast")
print(repr(input()), repr(input("prompt> ")), repr(input()))
try:
    input()
except EOFError as eof:
    print("EOFError", eof)
sys.stdin = sys.__stdin__
