# Instance attributes: hidden-class storage, spilling, dict mode, and the rules around them.
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y


class Wide:
    def __init__(self, n):
        for i in range(n):
            setattr(self, "f%d" % i, i * i)


points = [Point(i, -i) for i in range(50)]
print(sum(p.x for p in points), sum(p.y for p in points))

# The same attributes in another order are still the same attributes.
a = Point(1, 2)
b = Point(3, 4)
b.z = 5
a.z = 6
a.w = 7
print(vars(a), vars(b))

# Many attributes spill beyond the inline slots and keep their order.
w = Wide(40)
print(w.f0, w.f39, list(vars(w))[:5], len(vars(w)))
w2 = Wide(3)
print(vars(w2))

# Hundreds of computed names: the object becomes a plain namespace.
ns = Wide(300)
print(ns.f299, len(vars(ns)), sum(vars(ns).values()))
ns.f5 = "five"
print(ns.f5, getattr(ns, "f6"))

# __dict__ is live in both directions.
p = Point(10, 20)
d = p.__dict__
d["x"] = 11
p.y = 21
d["extra"] = "e"
print(p.x, p.y, p.extra, d)
del p.extra
print(hasattr(p, "extra"), p.__dict__)

# Deleting an attribute, then adding it back, puts it last (as a dict would).
r = Point(1, 2)
del r.x
print(vars(r), hasattr(r, "x"))
r.x = 3
print(vars(r))
try:
    del r.nothing
except AttributeError as e:
    print("AttributeError:", e)
try:
    print(r.missing)
except AttributeError as e:
    print("AttributeError:", e)

# Class attributes, instance attributes that shadow them, and properties that win.
class Counter:
    count = 0
    kind = "class"

    @property
    def doubled(self):
        return self.count * 2


c = Counter()
print(c.count, c.kind)
c.count = 5
print(c.count, Counter.count, c.doubled)
Counter.kind = "changed"
print(c.kind)
c.kind = "mine"
print(c.kind, Counter.kind)
try:
    c.doubled = 3
except AttributeError as e:
    print("AttributeError:", e)

# Subclasses share the storage scheme; values of every kind are kept.
class Point3(Point):
    def __init__(self, x, y, z):
        super().__init__(x, y)
        self.z = z


p3 = Point3(1, 2.5, "three")
p3.big = 2 ** 100
p3.none = None
p3.flag = True
print(vars(p3))
print(p3.big + 1, p3.flag and p3.none is None)

# A method stored on an instance is not bound.
def hello():
    return "hello"

p3.greet = hello
print(p3.greet())

# Attribute names must be strings.
try:
    setattr(p3, 1, 2)
except TypeError as e:
    print("TypeError:", e)
