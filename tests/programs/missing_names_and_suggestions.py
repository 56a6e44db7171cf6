# NameError's `name`, AttributeError's `name` and `obj` (set by the VM, by keywords, and on
# an AttributeError a `__getattr__` raised), and the uncaught report's "Did you mean".
import math
import types

try:
    undefined_thing
except NameError as e:
    print("NameError.name:", repr(e.name), e.args)


class Point:
    kind = "point"

    def __init__(self):
        self.xcoord = 1

    def norm(self):
        return 0


for attempt in [lambda: Point().ycoord, lambda: getattr(3, "reall"), lambda: math.sqr,
                lambda: Point.nrm, lambda: [].apend, lambda: Point().norm.missing]:
    try:
        attempt()
    except AttributeError as e:
        print("AttributeError:", e, "| name:", repr(e.name), "| obj type:", type(e.obj).__name__)

e = AttributeError("plain")
print(e.name, e.obj, e.args)
e = AttributeError("with keywords", name="q", obj=5)
print(e.name, e.obj, e.args)
print(NameError("x", name="y").name, NameError("z").name)
for bad in [lambda: NameError("x", obj=1), lambda: AttributeError("x", path="p")]:
    try:
        bad()
    except TypeError as e:
        print("TypeError:", e)


class Dynamic:
    def __getattr__(self, name):
        if name.startswith("dyn_"):
            return name[4:]
        raise AttributeError(f"no {name} here")


d = Dynamic()
print(d.dyn_value)
try:
    d.other
except AttributeError as e:
    print(e, "| name:", e.name, "| obj is d:", e.obj is d)


class Named:
    def __getattr__(self, name):
        raise AttributeError("already named", name="preset", obj=None)


try:
    Named().anything
except AttributeError as e:
    print(e, e.name, e.obj)

# hasattr and getattr with a default see no difference.
print(hasattr(Point(), "xcoord"), hasattr(Point(), "zcoord"), getattr(Point(), "z", "default"))

# The uncaught report suggests the closest attribute.
Point().xcoordd
