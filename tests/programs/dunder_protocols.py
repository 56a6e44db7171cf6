class Vec:
    def __init__(self, x, y):
        self.x, self.y = x, y
    def __repr__(self):
        return "Vec(%r, %r)" % (self.x, self.y)
    def __add__(self, other):
        if not isinstance(other, Vec):
            return NotImplemented
        return Vec(self.x + other.x, self.y + other.y)
    def __mul__(self, k):
        return Vec(self.x * k, self.y * k)
    def __rmul__(self, k):
        return self * k
    def __eq__(self, other):
        return isinstance(other, Vec) and self.x == other.x and self.y == other.y
    def __hash__(self):
        return hash((self.x, self.y))
    def __neg__(self):
        return Vec(-self.x, -self.y)
    def __len__(self):
        return 2
    def __getitem__(self, i):
        if i == 0:
            return self.x
        if i == 1:
            return self.y
        raise IndexError("Vec index out of range")
    def __bool__(self):
        return self.x != 0 or self.y != 0
    def __lt__(self, other):
        return (self.x, self.y) < (other.x, other.y)

a = Vec(1, 2)
b = Vec(3, 4)
print(a + b, a * 3, 2 * a, -a)
print(a == Vec(1, 2), a != b, a == 5, len(a), a[0], a[1])
print(str(a), repr(a), [a, b], {"k": a}, (a,))
print(f"{a} and {b!r}")
print(bool(Vec(0, 0)), bool(a), not a)
d = {a: "first"}
print(d[Vec(1, 2)])
print(sorted([b, a]) if False else (a < b, b < a, a > b))
try:
    a + 1
except TypeError as e:
    print(e)
try:
    a < 3
except AttributeError as e:
    print(e)
print(sorted([Vec(3, 1), Vec(1, 5), Vec(1, 2)]), sorted([3, 1, 2], reverse=True), sorted(["bb", "a", "ccc"], key=len))
print([1, 2] < [1, 3], (1, 2) < (1,), [1] == [1], (1, 2) == (1, 2), [1] == (1,), (1, [2]) >= (1, [2]))
print(type(3) is int, type("s") == str, type(a) is Vec, type(a).__name__, callable(a), callable(len), hasattr(a, "x"), hasattr(a, "zz"))
print(getattr(a, "y"), getattr(a, "q", "dflt"), issubclass(Vec, object), list(map(lambda v: v * 2, [1, 2])), list(filter(None, [0, 1, 2])), list(reversed([1, 2, 3])))
it = iter([1, 2])
print(next(it), next(it), next(it, "done"), dict(a=1, b=2), dict([(1, 2)]), hash(7), hash("x") == hash("x"))
setattr(a, "x", 100)
print(a)
x, y = a
print(x, y)
print(list(a))

class Countdown:
    def __init__(self, n):
        self.n = n
    def __iter__(self):
        return self
    def __next__(self):
        if self.n <= 0:
            raise StopIteration
        self.n -= 1
        return self.n + 1

print([i for i in Countdown(3)])
for i in Countdown(2):
    print("tick", i)

class Bag:
    def __init__(self):
        self.items = []
    def __contains__(self, x):
        return x in self.items
    def __call__(self, x):
        self.items.append(x)
        return self
    def __str__(self):
        return "Bag" + str(self.items)
    def __getattr__(self, name):
        return "no " + name
    def __setitem__(self, k, v):
        self.items.append((k, v))

bag = Bag()
bag(1)(2)
print(1 in bag, 3 in bag, 3 not in bag, bag, bag.color)
bag["k"] = "v"
print(bag)

class Plain:
    pass
p = Plain()
print(p == p, p != Plain(), bool(p))
try:
    p()
except TypeError as e:
    print(e)
try:
    len(p)
except TypeError as e:
    print(e)
class E(Exception):
    def __str__(self):
        return "custom message"
try:
    raise E()
except E as e:
    print(e, repr(e) if False else "")
class NoHash:
    def __eq__(self, o):
        return True
try:
    {NoHash(): 1}
except TypeError as e:
    print(e)
raise E("x")
