# Which operand's method runs first: a proper subclass's reflected method goes first when it
# overrides it (arithmetic) or always (rich comparisons), as in CPython; NotImplemented
# passes to the other side.
log = []


class Base:
    def __init__(self, name):
        self.name = name

    def __add__(self, o):
        log.append(f"{self.name}.__add__")
        return NotImplemented

    def __radd__(self, o):
        log.append(f"{self.name}.__radd__ (Base)")
        return "Base.__radd__"

    def __sub__(self, o):
        return "Base.__sub__"

    def __rsub__(self, o):
        return "Base.__rsub__"

    def __lt__(self, o):
        log.append(f"{self.name}.__lt__")
        return NotImplemented

    def __gt__(self, o):
        log.append(f"{self.name}.__gt__")
        return "gt"

    def __eq__(self, o):
        log.append(f"{self.name}.__eq__")
        return NotImplemented


class Sub(Base):
    def __radd__(self, o):
        log.append(f"{self.name}.__radd__ (Sub)")
        return "Sub.__radd__"


class Plain(Base):
    pass


def show(label, f):
    log.clear()
    try:
        r = f()
    except TypeError as e:
        r = f"TypeError: {e}"
    print(label, r, log)


b, s, p = Base("b"), Sub("s"), Plain("p")
show("b + s", lambda: b + s)
show("s + b", lambda: s + b)
show("b + p", lambda: b + p)
show("b - s", lambda: b - s)
show("b - p", lambda: b - p)
show("b < p", lambda: b < p)
show("p < b", lambda: p < b)
show("b < s", lambda: b < s)
show("b == p", lambda: b == p)
show("b != s", lambda: b != s)
show("b == b", lambda: b == b)
show("1 + s", lambda: 1 + s)


class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __mul__(self, k):
        if isinstance(k, (int, float)):
            return Vec(*[x * k for x in self.xs])
        return NotImplemented

    __rmul__ = __mul__

    def __repr__(self):
        return f"Vec{self.xs}"


class Scaled(Vec):
    def __rmul__(self, k):
        return "Scaled.__rmul__"


print(Vec(1, 2) * 3, 3 * Vec(1, 2), Vec(1) * Scaled(2), 2 * Scaled(1))
try:
    Vec(1) * "x"
except TypeError as e:
    print("TypeError:", e)
