# Assigning a class's __name__ and __qualname__; bound methods' __self__, __func__ and repr.
class N:
    def m(self):
        return 1
N.__name__ = "Renamed"
print(N.__name__, N.__qualname__, repr(N))
N.__qualname__ = "Outer.Renamed"
print(N.__name__, N.__qualname__, repr(N), repr(N()).split(" object")[0])
try:
    N.__qualname__ = 5
except TypeError as e:
    print("TypeError", e)
try:
    N.__name__ = None
except TypeError as e:
    print("TypeError", e)
try:
    N().missing
except AttributeError as e:
    print("AttributeError", e)

class V:
    def __init__(self, v):
        self.v = v
    def __repr__(self):
        return "V(%r)" % self.v
    def get(self):
        return self.v
    @classmethod
    def make(cls):
        return cls(0)
b = V(3).get
print(b.__self__, b.__func__ is V.get, b(), b.__func__(V(4)))
print(repr(b), [b], (V.make,))
print(V.make.__self__ is V, V.make.__func__.__name__)
