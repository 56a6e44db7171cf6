# The descriptor protocol: data and non-data descriptors, __set_name__, __delete__,
# precedence against the instance's own attributes, class access, __getattribute__,
# __slots__ and __class__ assignment (CPython's data model).


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Typed:
    """A data descriptor that checks types and learns its name from __set_name__."""

    def __init__(self, kind):
        self.kind = kind

    def __set_name__(self, owner, name):
        self.owner = owner.__name__
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return getattr(obj, self.name, "unset")

    def __set__(self, obj, value):
        if not isinstance(value, self.kind):
            raise TypeError(f"{self.name[1:]} must be {self.kind.__name__}")
        setattr(obj, self.name, value)

    def __delete__(self, obj):
        print("deleting", self.name)
        delattr(obj, self.name)


class Lazy:
    """A non-data descriptor: computes once, then the instance attribute shadows it."""

    def __init__(self, func):
        self.func = func
        self.calls = 0

    def __set_name__(self, owner, name):
        self.attr = name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        self.calls += 1
        value = self.func(obj)
        obj.__dict__[self.attr] = value
        return value


class Point:
    x = Typed(int)
    y = Typed(int)

    def __init__(self, x, y):
        self.x = x
        self.y = y

    @Lazy
    def norm(self):
        print("computing norm")
        return abs(self.x) + abs(self.y)


p = Point(3, -4)
print(p.x, p.y, Point.x.name, Point.x.owner, type(Point.y).__name__)
attempt("bad set", lambda: setattr(p, "x", "three"))
print(p.norm, p.norm, Point.norm.calls)
p.__dict__["x"] = "shadow?"
print("data descriptor wins:", p.x)
del p.y
print("after delete:", p.y)
attempt("delete again", lambda: delattr(p, "y"))


class GetOnly:
    def __get__(self, obj, objtype=None):
        return ("get", obj is None, objtype.__name__)


class SetOnly:
    def __set__(self, obj, value):
        print("SetOnly.__set__", value)


class DeleteOnly:
    def __get__(self, obj, objtype=None):
        return "delete-only"

    def __delete__(self, obj):
        print("DeleteOnly.__delete__")


class Holder:
    g = GetOnly()
    s = SetOnly()
    d = DeleteOnly()


h = Holder()
print(h.g, Holder.g)
h.g = "mine"
print("non-data shadowed:", h.g)
h.s = 5
print(type(h.s).__name__)
h.__dict__["s"] = "dict value"
print("set-only descriptor without __get__ reads the dict:", h.s)
attempt("set delete-only", lambda: setattr(h, "d", 1))
del h.d
attempt("delete set-only", lambda: delattr(h, "s"))


class Traced:
    def __init__(self):
        self.real = 1

    def __getattribute__(self, name):
        if name.startswith("secret"):
            raise AttributeError(f"no peeking at {name}")
        if name == "answer":
            return 42
        return object.__getattribute__(self, name)

    def __getattr__(self, name):
        return f"fallback {name}"


t = Traced()
print(t.real, t.answer, t.missing, t.secret_code)
print(getattr(t, "answer"), hasattr(t, "secret"))


class Sub(Traced):
    pass


print(Sub().answer, Sub().real)


class Counted:
    def __getattribute__(self, name):
        value = object.__getattribute__(self, name)
        if isinstance(value, int):
            return value * 10
        return value


c = Counted()
c.n = 4
print(c.n)
attempt("object.__getattribute__ has no fallback", lambda: object.__getattribute__(t, "nope"))


class Slotted:
    __slots__ = ("a", "b")

    def __init__(self):
        self.a = 1


s = Slotted()
s.b = 2
print(s.a, s.b)
attempt("extra attribute", lambda: setattr(s, "c", 3))
attempt("no __dict__", lambda: s.__dict__)
attempt("unset slot", lambda: Slotted().b)


class SlottedChild(Slotted):
    __slots__ = "c"


sc = SlottedChild()
sc.c = 3
sc.a = 0
print(sc.a, sc.c)
attempt("child extra", lambda: setattr(sc, "d", 4))


class Open(Slotted):
    pass


o = Open()
o.anything = "ok"
print(o.anything, 'anything' in o.__dict__)


class WithDict:
    __slots__ = ("x", "__dict__")


w = WithDict()
w.x = 1
w.y = 2
print(w.x, w.y)


class A:
    def who(self):
        return "A"


class B:
    def who(self):
        return "B"


a = A()
a.__class__ = B
print(a.who(), type(a).__name__, isinstance(a, B))
attempt("class to int", lambda: setattr(a, "__class__", 3))
attempt("layout differs", lambda: setattr(a, "__class__", Slotted))


class BadName:
    def __set_name__(self, owner, name):
        raise ValueError("refused " + name)


try:

    class Holds:
        field = BadName()

except RuntimeError as e:
    print("RuntimeError", e, "| cause:", type(e.__cause__).__name__, e.__cause__)


class Late:
    pass


class LateChild(Late):
    pass


def refuse(self, name, value):
    raise AttributeError("refused " + name)


def shout(self, name):
    return name.upper()


Late.__setattr__ = refuse
attempt("late __setattr__ on a subclass", lambda: setattr(LateChild(), "y", 1))
Late.__getattribute__ = shout
print(LateChild().anything, Late().other)
