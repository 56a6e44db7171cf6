# Hostile uses of the data model: unbounded recursion through a metaclass __call__,
# __getattribute__, __instancecheck__, __get__, __setattr__ and __init__ is a RecursionError;
# a bad __prepare__ result, a metaclass returning a non-class, a non-callable metaclass and
# a bad __slots__ are TypeErrors (or work) as in CPython.
class M(type):
    def __call__(cls, *a):
        return cls()
class A(metaclass=M): pass
try: A()
except RecursionError as e: print("RecursionError 1")
class G:
    def __getattribute__(self, n): return self.x
try: G().y
except RecursionError: print("RecursionError 2")
class IC(type):
    def __instancecheck__(cls, o): return isinstance(o, cls)
class B(metaclass=IC): pass
try: isinstance(3, B)
except RecursionError: print("RecursionError 3")
class D:
    def __get__(self, o, t): return o.d
class E:
    d = D()
try: E().d
except RecursionError: print("RecursionError 4")
class S:
    def __setattr__(self, n, v): setattr(self, n, v)
try: S().x = 1
except RecursionError: print("RecursionError 5")
class I:
    def __init__(self): I()
try: I()
except RecursionError: print("RecursionError 6")
class P(type):
    @classmethod
    def __prepare__(m, n, b): return 42
try:
    class Q(metaclass=P): x = 1
except TypeError as e: print("TypeError", e)
class NS(type):
    def __new__(m, n, b, ns): return 5
class R(metaclass=NS): pass
print(R)
try:
    class Bad(metaclass=3): pass
except TypeError as e: print("TypeError", e)
try:
    class SS:
        __slots__ = 3
except TypeError as e: print("TypeError", e)
