def counter():
    n = 0
    def inc(by=1):
        nonlocal n
        n += by
        return n
    return inc

c = counter()
print(c(), c(), c(5))

def adders():
    return [lambda x, i=i: x + i for i in range(3)]
print([f(10) for f in adders()])

def outer(a):
    def mid(b):
        def inner(c):
            return a + b + c
        return inner
    return mid
print(outer(1)(2)(3))

class Base:
    def __init__(self, x):
        self.x = x
    def describe(self):
        return "Base(%d)" % self.x

class Derived(Base):
    def __init__(self, x, y):
        super().__init__(x)
        self.y = y
    def describe(self):
        return super().describe() + "+Derived(%d)" % self.y

d = Derived(1, 2)
print(d.describe(), d.x, d.y)

def make_class(v):
    class K:
        val = v
        def get(self):
            return v * 2
    return K
print(make_class(21).val, make_class(21)().get())

def late():
    def g():
        return z
    try:
        g()
    except NameError as e:
        print("NameError:", e)
    z = 3
    return g()
print(late())

def unb():
    try:
        print(q)
    except UnboundLocalError as e:
        print("ULE:", e)
    q = 1
unb()

x = 10
def shadow():
    x = 1
    def f():
        return x
    x = 2
    return f()
print(shadow())
class A:
    pass
class B(A):
    def __init__(self):
        super().__init__()
        print("B init")
B()
