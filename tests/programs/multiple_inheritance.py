class A:
    def who(self):
        return "A"
    def hello(self):
        return "hello from A"
class B(A):
    def who(self):
        return "B" + super().who()
class C(A):
    def who(self):
        return "C" + super().who()
    def hello(self):
        return "hello from C"
class D(B, C):
    def who(self):
        return "D" + super().who()
d = D()
print(d.who(), d.hello(), [k.__name__ for k in D.__mro__], [k.__name__ for k in D.__bases__])
print(isinstance(d, C), issubclass(D, A), issubclass(C, B))
class Mixin:
    def describe(self):
        return f"{type(self).__name__} with {self.size()}"
class Base:
    def __init__(self, n):
        self.n = n
    def size(self):
        return self.n
class Thing(Mixin, Base):
    pass
print(Thing(3).describe())
class LoggedError(KeyError, Mixin):
    def size(self):
        return 0
try:
    raise LoggedError("k")
except KeyError as e:
    print("caught", repr(e), e.describe())
try:
    class Bad(A, B):
        pass
except TypeError as e:
    print(e)
