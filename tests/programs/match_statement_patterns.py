# The match statement: every kind of pattern, guards, bindings, and the runtime errors.
import collections
import collections.abc
from dataclasses import dataclass
from enum import Enum


class Color(Enum):
    RED = 1
    GREEN = 2


class Point:
    __match_args__ = ("x", "y")

    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __repr__(self):
        return f"Point({self.x}, {self.y})"


@dataclass
class Circle:
    center: Point
    radius: float


def describe(v):
    match v:
        case None:
            return "none"
        case True:
            return "true"
        case False:
            return "false"
        case 0 | 1 | 2:
            return f"small int {v}"
        case -3:
            return "minus three"
        case 1.5:
            return "one and a half"
        case "hello" | "hi":
            return "greeting"
        case b"raw":
            return "bytes"
        case Color.RED:
            return "red"
        case Color():
            return f"other color {v.name}"
        case []:
            return "empty sequence"
        case [x]:
            return f"one item {x!r}"
        case [x, y] if x == y:
            return f"pair of equal {x}"
        case [x, y]:
            return f"pair {x} {y}"
        case [first, *_, last] if len(v) > 5:
            return f"long from {first} to {last}"
        case [first, *middle, last]:
            return f"first {first} middle {middle} last {last}"
        case {"type": "user", "name": str(name), **rest}:
            return f"user {name} with {sorted(rest)}"
        case {"type": kind}:
            return f"typed {kind}"
        case {}:
            return "mapping"
        case Point(x=0, y=0):
            return "origin"
        case Point(0, y):
            return f"on y axis at {y}"
        case Point(x, 0):
            return f"on x axis at {x}"
        case Circle(Point(x, y), r) if r > 10:
            return f"big circle at {x},{y}"
        case Circle(center=Point() as c, radius=r):
            return f"circle r={r} at {c.x},{c.y}"
        case int(n) if n < 0:
            return f"negative {n}"
        case int() | float() as number:
            return f"number {number}"
        case str() as s:
            return f"string of {len(s)}"
        case (a, b, c):
            return "unreachable: tuples of 3 were sequences"
        case _:
            return f"something else: {type(v).__name__}"


values = [
    None, True, False, 0, 1, 2, -3, 1.5, "hello", "hi", b"raw", Color.RED, Color.GREEN,
    [], (), [7], ("a",), [3, 3], (3, 4), list(range(8)), [1, 2, 3], (1, 2, 3, 4),
    {"type": "user", "name": "ann", "age": 3, "id": 9}, {"type": "user", "name": 5},
    {"type": "x"}, {}, {"other": 1}, Point(0, 0), Point(0, 5), Point(4, 0), Point(1, 1),
    Circle(Point(1, 2), 20), Circle(Point(3, 4), 1), -7, 12, 2.5, "abc", {1, 2},
    range(3), "", 10**30,
]
for v in values:
    print(repr(v)[:40], "->", describe(v))


# Subject evaluated once; names bound by a failed case may stay (do not print them).
calls = []


def subject():
    calls.append(1)
    return [1, 2]


match subject():
    case [1, 3]:
        print("no")
    case [1, x]:
        print("x =", x)
print("subject evaluated", len(calls), "time(s)")

# No case matches: nothing runs, no error.
match 42:
    case "a":
        print("no")
print("after unmatched match")

# Guards see the bindings; a guard that fails goes on to the next case.
for pair in [(1, 2), (2, 1), (5, 5)]:
    match pair:
        case (a, b) if a < b:
            print(pair, "ascending")
        case (a, b) if a > b:
            print(pair, "descending")
        case (a, b):
            print(pair, "equal", a, b)

# Star captures a list, even from a tuple or a range.
match (1, 2, 3, 4):
    case (head, *tail):
        print(head, tail, type(tail).__name__)
match range(5):
    case [*init, last]:
        print(init, last)
match [1]:
    case [*everything]:
        print(everything)

# Nested sequences, or-patterns with bindings, `as` patterns.
for v in [[1, [2, 3]], [1, (4,)], [0, "x"], ("go", "north"), ("go", "up")]:
    match v:
        case [1, [a, b]]:
            print("nested", a, b)
        case [1, (a,)] | [0, a]:
            print("either", a)
        case ("go", ("north" | "south") as direction):
            print("going", direction)
        case other:
            print("other", other)

# Strings, bytes and bytearrays are not sequences for patterns; iterators are not either.
for v in ["ab", b"ab", iter([1, 2]), {1: 2}, collections.deque([1, 2]), collections.OrderedDict(a=1)]:
    match v:
        case [a, b]:
            print(type(v).__name__, "sequence", a, b)
        case {**kw}:
            print(type(v).__name__, "mapping", kw)
        case _:
            print(type(v).__name__, "neither")


# Classes: __match_args__, builtin types matching themselves, subclasses, keyword patterns.
class Point3(Point):
    __match_args__ = ("x", "y", "z")

    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


class MyInt(int):
    pass


for v in [Point3(1, 2, 3), Point(1, 2), MyInt(5), 5, True, "s", [1], {"k": 1}, (1, 2), 2.0]:
    match v:
        case Point3(x, y, z):
            print("3d", x, y, z)
        case Point(x, y=yy):
            print("2d", x, yy)
        case bool(b):
            print("bool", b)
        case int(i):
            print("int", i, type(i).__name__)
        case str(s) | bytes(s):
            print("text", s)
        case list(l) | tuple(l):
            print("seq", l)
        case dict(d):
            print("dict", d)
        case float(f):
            print("float", f)


# A missing attribute fails the pattern; other errors propagate.
class Lazy:
    __match_args__ = ("a",)

    @property
    def a(self):
        raise ValueError("no a")


class Partial:
    __match_args__ = ("a", "b")
    a = 1


match Partial():
    case Partial(a, b):
        print("no")
    case Partial(a):
        print("partial a", a)

try:
    match Lazy():
        case Lazy(x):
            print("no")
except ValueError as e:
    print("ValueError:", e)


# Mapping patterns: extra keys are ignored, `**rest` takes them, `get` is used.
class Config(collections.abc.Mapping):
    def __init__(self, **kw):
        self._d = kw

    def __getitem__(self, k):
        return self._d[k]

    def __iter__(self):
        return iter(self._d)

    def __len__(self):
        return len(self._d)

    def get(self, k, default=None):
        print("  get", k)
        return self._d.get(k, default)


match Config(host="h", port=80, debug=True):
    case {"host": h, "port": int(p), **others}:
        print("config", h, p, others)

match {"a": 1, "b": None}:
    case {"b": None, "a": 1}:
        print("values with None")

match {1: "one", 2: "two"}:
    case {1: _, 3: _}:
        print("no")
    case {2: v}:
        print("two is", v)


# Value patterns are looked up when the case runs.
class Limits:
    LOW = 1
    HIGH = 9


for v in [1, 9, 5]:
    match v:
        case Limits.LOW:
            print(v, "low")
        case Limits.HIGH:
            print(v, "high")
        case _:
            print(v, "middle")


# match in a function with locals, in a loop with break/continue, and returning.
def first_command(lines):
    for line in lines:
        match line.split():
            case []:
                continue
            case ["quit" | "exit"]:
                break
            case ["say", *words]:
                print("say:", " ".join(words))
            case [cmd, *_]:
                print("unknown command", cmd)
    return "done"


print(first_command(["", "say hello world", "jump high", "quit", "say never"]))


# `match` and `case` stay usable as names.
match = {"case": 1}
case = match["case"]
print(match, case)


# Runtime errors, with CPython's messages.
def attempt(f):
    try:
        f()
    except Exception as e:
        print(type(e).__name__ + ":", e)


def bad_class():
    not_a_class = len
    match 1:
        case not_a_class():
            pass


def too_many():
    match Point(1, 2):
        case Point(1, 2, 3):
            pass


def bad_match_args():
    class Q:
        __match_args__ = ["a"]

    match Q():
        case Q(1):
            pass


def bad_match_arg_item():
    class Q:
        __match_args__ = (1,)

    match Q():
        case Q(1):
            pass


def no_match_args():
    class Q:
        pass

    match Q():
        case Q(1):
            pass


def repeated_attribute():
    match Point(1, 2):
        case Point(1, x=2):
            pass


def int_two_args():
    match 1:
        case int(1, 2):
            pass


def duplicate_runtime_key():
    class K:
        a = "a"

    match {"a": 1, "b": 2}:
        case {"a": 1, K.a: 2}:
            pass


for f in [bad_class, too_many, bad_match_args, bad_match_arg_item, no_match_args,
          repeated_attribute, int_two_args, duplicate_runtime_key]:
    attempt(f)


# Compile-time errors (SyntaxError), through exec.
sources = [
    "match 1:\n case x: pass\n case 2: pass",
    "match 1:\n case _: pass\n case 2: pass",
    "match 1:\n case [x, x]: pass",
    "match 1:\n case [x] | [y]: pass",
    "match 1:\n case x | 2: pass",
    "match 1:\n case P(x=1, x=2): pass",
    "match 1:\n case [*a, *b]: pass",
    "match 1:\n case {'a': 1, 'a': 2}: pass",
    "match 1:\n case (x as x): pass",
    "match 1:\n case {'k': a, **a}: pass",
    "match 1:\n case x if x: pass\n case y: pass",
]
for src in sources:
    try:
        exec(src)
        print("compiled")
    except SyntaxError as e:
        print("SyntaxError:", e.msg)
