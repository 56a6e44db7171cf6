xs = list(range(10))
xs[2:5] = ["a", "b"]
print(xs)
xs[:0] = [99]
print(xs)
xs[::2] = [0] * len(xs[::2])
print(xs)
del xs[1]
print(xs)
del xs[::3]
print(xs)
del xs[-2:]
print(xs)
d = {"a": 1, "b": 2, "c": 3}
del d["b"]
print(d)
try:
    del d["zz"]
except KeyError as e:
    print("KeyError", e)
class C:
    pass
c = C()
c.x = 1
c.y = 2
del c.x
print(hasattr(c, "x"), c.y)
try:
    del c.x
except AttributeError as e:
    print("AttributeError", e)
v = 5
del v
try:
    print(v)
except NameError as e:
    print(e)
def f():
    a = 1
    del a
    try:
        return a
    except UnboundLocalError as e:
        return str(e)
print(f())
a, b = 1, 2
del a, b
try:
    xs[1:2:1] = 5
except TypeError as e:
    print(e)
try:
    xs[::2] = [1]
except ValueError as e:
    print(e)
try:
    del xs[100]
except IndexError as e:
    print(e)
t = (1, 2)
try:
    del t[0]
except TypeError as e:
    print(e)
ys = [1, 2, 3]
ys[1:] = range(5)
print(ys)
