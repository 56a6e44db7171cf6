def f(a, b=2, *args, c, d=4, **kw):
    return (a, b, args, c, d, sorted(kw.items()))

print(f(1, c=3))
print(f(1, 5, 6, 7, c=3, e=9, d=0))
print(f(*[1, 2, 3], **{"c": 10, "z": 1}))

def g(*args):
    return args
print(g(), g(1), g(*range(3), 9))

def h(**kw):
    return kw
print(h(x=1, **{"y": 2}))

def pos(a, b, /, c):
    return a + b + c
print(pos(1, 2, c=3))
try:
    pos(1, b=2, c=3)
except TypeError as e:
    print(e)
try:
    f(1)
except TypeError as e:
    print(e)
try:
    f(1, 2, c=1, a=5)
except TypeError as e:
    print(e)
def k(a, *, b):
    return a, b
try:
    k(1, 2)
except TypeError as e:
    print(e)
print(k(1, b=2))
first, *rest = [1, 2, 3, 4]
print(first, rest)
*init, last = "abc"
print(init, last)
a, *mid, z = range(5)
print(a, mid, z)
print([*"ab", *[1, 2], 3], (*range(2), 5), {**{"a": 1}, "b": 2})
lam = lambda *a, **k: (a, k)
print(lam(1, x=2))

def deco(fn):
    def wrapper(*args, **kwargs):
        print("calling", fn.__name__)
        return fn(*args, **kwargs)
    return wrapper

@deco
def add(x, y):
    return x + y
print(add(2, 3))

def repeat(n):
    def d(fn):
        def w(*a):
            return [fn(*a) for _ in range(n)]
        return w
    return d

@repeat(3)
def one():
    return 1
print(one())

def register(cls):
    cls.registered = True
    return cls

@register
class Thing:
    pass
print(Thing.registered)
try:
    a, *b, c = [1]
except ValueError as e:
    print(e)
def too_many(a, b=1):
    pass
try:
    too_many(1, 2, 3)
except TypeError as e:
    print(e)
