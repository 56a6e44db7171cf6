# The interpreter's inline arithmetic (small ints, two floats, +=) and its edges: results
# that leave the small-int range, subclasses that must reach their own dunders, special floats.
import math

big = 2 ** 61
print(big + big, -big - big, big * 4)
a = big
a += big
print(a, type(a).__name__)
for x, y in [(7, 3), (-7, 3), (7, -3), (-7, -3), (0, 5), (big * 2, 7), (-big * 2, 3)]:
    print(x // y, x % y, divmod(x, y))
try:
    print(5 % 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
try:
    print(5 // 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

inf, nan = float("inf"), float("nan")
print(0.1 + 0.2, 0.1 * 3, 1.5 - 2.25, -0.0 + 0.0, -0.0 * 1.0, 0.0 - 0.0)
print(inf - inf, inf * 0.0, 1e308 * 10, -1e308 * 10, math.isnan(nan + 1.0))
f = 1.0
f += 2.5
f += -0.0
print(f, type(f).__name__)
g = 1e308
g += 1e308
print(g)


class MyFloat(float):
    def __add__(self, other):
        return "MyFloat.__add__"

    def __radd__(self, other):
        return "MyFloat.__radd__"

    def __mul__(self, other):
        return "MyFloat.__mul__"

    def __sub__(self, other):
        return "MyFloat.__sub__"


m = MyFloat(2.0)
print(m + 1.0, 1.0 + m, m * 2.0, m - 1.0)
acc = 1.0
acc += m
print(acc)


class MyInt(int):
    def __mod__(self, other):
        return "MyInt.__mod__"

    def __floordiv__(self, other):
        return "MyInt.__floordiv__"

    def __add__(self, other):
        return "MyInt.__add__"


n = MyInt(7)
print(n % 3, n // 3, 7 % 3)
n += 1
print(n)
print(True % 2, True // 1, 10 % True)
total = 0
for i in range(100):
    total += i % 7
print(total)
s = "x"
s += "y"
lst = [1]
lst += [2]
print(s, lst)
