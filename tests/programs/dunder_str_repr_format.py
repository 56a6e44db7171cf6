class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Point({self.x!r}, {self.y!r})"
    def __str__(self):
        return f"({self.x}, {self.y})"
    def __format__(self, spec):
        if spec == "polar":
            return f"r={(self.x ** 2 + self.y ** 2) ** 0.5:.3f}"
        if spec:
            return f"({self.x:{spec}}, {self.y:{spec}})"
        return str(self)
p = Point(3, 4)
print(p, repr(p), str(p), [p])
print(f"{p}", f"{p!r}", f"{p:polar}", f"{p:6.2f}")
print("{} {!r} {:polar}".format(p, p, p))
print(format(p, ">4"), "%s %r" % (p, p))
q = Point("a", 1.5)
print(q, repr(q), (p, q), {"k": q})
class OnlyRepr:
    def __repr__(self):
        return "<OnlyRepr>"
print(OnlyRepr(), str(OnlyRepr()), f"{OnlyRepr()}")
