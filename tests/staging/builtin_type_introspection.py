values = [1, 2.0, "s", [1], (1,), {1: 2}, {1}, None, True, range(3), frozenset(), b"x", 3 + 4j]
for v in values:
    print(type(v).__name__, isinstance(v, (int, float)), bool(v) if not isinstance(v, range) else len(v))
print(isinstance(True, int), issubclass(bool, int), type(True) is bool, type(1) == int)
print(isinstance("x", str), isinstance([], (tuple, list)), issubclass(ZeroDivisionError, ArithmeticError))
print(issubclass(KeyError, LookupError), issubclass(StopIteration, Exception), issubclass(Exception, BaseException))
class A:
    x = 1
    def m(self):
        return 2
class B(A):
    pass
b = B()
print(type(b).__name__, type(b) is B, isinstance(b, A), hasattr(b, "m"), hasattr(B, "x"), getattr(b, "x"))
print(type(A).__name__, type(type).__name__, type(None).__name__, type(len).__name__)
print(callable(A), callable(b), callable(b.m), b.m())
print(int.__name__, str.__name__, A.__name__, B.__mro__[1].__name__)
