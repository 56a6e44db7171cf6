class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return f"Vec({self.x}, {self.y})"
    def __str__(self):
        return f"<{self.x}, {self.y}>"
    def __add__(self, o):
        return Vec(self.x + o.x, self.y + o.y)
    def __sub__(self, o):
        return Vec(self.x - o.x, self.y - o.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __eq__(self, o):
        return isinstance(o, Vec) and (self.x, self.y) == (o.x, o.y)
    def __hash__(self):
        return hash((self.x, self.y))
    def __abs__(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
    def __bool__(self):
        return bool(self.x or self.y)
a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a - b, a * 3, 2 * b, -a)
print(repr(a), str(b), [a, b])
print(a == Vec(1, 2), a != b, a == (1, 2))
print(abs(b), bool(Vec(0, 0)), bool(a))
s = {Vec(1, 2), Vec(1, 2), Vec(2, 1)}
print(len(s))
total = Vec(0, 0)
for v in [a, b, Vec(5, 5)]:
    total += v
print(total)
d = {Vec(0, 1): "up"}
print(d[Vec(0, 1)])
