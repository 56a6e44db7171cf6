# Classes derived from builtin types: dict, list, set, str, int, float, tuple.
class Config(dict):
    def __init__(self, *args, **kwargs):
        super().__init__(*args, **kwargs)
        self.loaded = True

    def __missing__(self, key):
        return "missing:" + key

    def get_int(self, key):
        return int(self[key])


c = Config(a="1", b="2")
c["c"] = "3"
print(c, len(c), c.get_int("b"), sorted(c.keys()), "a" in c, c.loaded, isinstance(c, dict))
print(list(c.items()), c.get("zz", 0), type(c).__name__, c == {"a": "1", "b": "2", "c": "3"})
del c["a"]
print(c, bool(c), bool(Config()))


class UpperDict(dict):
    def __setitem__(self, key, value):
        super().__setitem__(key.upper(), value)

    def __getitem__(self, key):
        return super().__getitem__(key.upper())


u = UpperDict()
u["x"] = 1
print(u, u["X"], u["x"])


class Stack(list):
    def push(self, item):
        self.append(item)

    def peek(self):
        return self[-1]


s = Stack([1, 2])
s.push(3)
print(s, s.peek(), len(s), s.pop(), s, list(reversed(s)), sum(s), s + [9], isinstance(s, list))
for x in s:
    print("item", x)
print([x * 2 for x in s], s == [1, 2], sorted(Stack([3, 1, 2])), repr(Stack()))


class Tags(set):
    def add_all(self, *items):
        for i in items:
            self.add(i)


t = Tags(["a"])
t.add_all("b", "c")
print(sorted(t), len(t), "b" in t, isinstance(t, set))


class Name(str):
    def shout(self):
        return self.upper() + "!"


n = Name("hotpy")
print(n, n.shout(), len(n), n + "vm", n == "hotpy", n[0], isinstance(n, str), f"[{n:>7}]")
print(n.startswith("hot"), "-".join(Name("ab")), hash(n) == hash("hotpy"), {n: 1}["hotpy"])


class Meters(float):
    def __repr__(self):
        return "Meters(" + str(float(self)) + ")"

    def to_km(self):
        return self / 1000


m = Meters(1500)
print(m, m.to_km(), m + 1, m * 2, m > 1000, isinstance(m, float), round(m), str(m))


class Flags(int):
    def has(self, bit):
        return bool(self & bit)


f = Flags(6)
print(f, f.has(2), f.has(1), f + 1, f | 1, int(f), isinstance(f, int), f == 6, -f)


class Point(tuple):
    def __new__(cls, x, y):
        return super().__new__(cls, (x, y))

    @property
    def x(self):
        return self[0]


p = Point(3, 4)
print(p, p.x, p[1], len(p), isinstance(p, tuple), p == (3, 4), list(p))


class Celsius(float):
    def __new__(cls, degrees):
        if degrees < -273.15:
            raise ValueError("below absolute zero")
        return super().__new__(cls, degrees)


print(Celsius(20.5) + 1)
try:
    Celsius(-300)
except ValueError as e:
    print("ValueError:", e)
try:
    class Bad(bool):
        pass
except TypeError as e:
    print("TypeError:", e)
try:
    class Mixed(list, dict):
        pass
except TypeError as e:
    print("TypeError:", e)


class Counter2(dict):
    def __missing__(self, key):
        return 0


class Sub(Stack):
    pass


print(Sub([5]).peek(), isinstance(Sub(), list), Counter2(a=1).get("a"))
