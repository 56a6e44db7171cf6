# Metaclasses: type.__new__/__init__ through super(), special methods and properties of a
# metaclass on its classes, type(name, bases, ns), __call__, a function as metaclass, the
# metaclass conflict, __prepare__ with class keywords, __instancecheck__/__subclasscheck__.
class Meta(type):
    def __new__(mcls, name, bases, ns, **kw):
        print("Meta.__new__", mcls.__name__, name, sorted(k for k in ns if not k.startswith('__')), kw)
        cls = super().__new__(mcls, name, bases, ns)
        cls.registry = []
        return cls
    def __init__(cls, name, bases, ns, **kw):
        print("Meta.__init__", name)
        super().__init__(name, bases, ns)
    def __iter__(cls):
        return iter(cls.registry)
    def __len__(cls):
        return len(cls.registry)
    def __getitem__(cls, i):
        return cls.registry[i]
    def __contains__(cls, x):
        return x in cls.registry
    def __repr__(cls):
        return f"<Meta class {cls.__name__}>"
    def describe(cls):
        return "described " + cls.__name__
    @property
    def size(cls):
        return len(cls.registry)
class Base(metaclass=Meta, flag=1):
    def __init_subclass__(cls, **kw):
        print("init_subclass", cls.__name__, kw)
class Child(Base):
    x = 1
Child.registry.extend([1, 2])
print(list(Child), len(Child), Child[0], 2 in Child, 5 in Child, repr(Child), Child.describe(), Child.size)
print(type(Child) is Meta, isinstance(Child, Meta), isinstance(Child, type), issubclass(Meta, type), type(Meta))
print(Meta.__mro__)
print(Child.__class__, Child().__class__.__name__)
X = type('X', (Child,), {'y': 2})
print(type(X).__name__, X.y, X.x, X.__name__, X.__qualname__)
Y = type('Y', (), {})
print(Y, type(Y), Y.__mro__)
class Single(type):
    _inst = {}
    def __call__(cls, *a, **k):
        if cls not in cls._inst:
            cls._inst[cls] = super().__call__(*a, **k)
        return cls._inst[cls]
class S(metaclass=Single):
    def __init__(self, v): self.v = v
print(S(1) is S(2), S(3).v)
def func_meta(name, bases, ns):
    print("func_meta", name)
    return 42
class F(metaclass=func_meta): pass
print(F)
class M1(type): pass
class M2(type): pass
class A1(metaclass=M1): pass
class A2(metaclass=M2): pass
try:
    class Bad(A1, A2): pass
except TypeError as e: print(e)
class Ordered(type):
    @classmethod
    def __prepare__(mcls, name, bases, **kw):
        print("prepare", name, kw)
        return {'injected': 7}
    def __new__(mcls, name, bases, ns, **kw):
        return super().__new__(mcls, name, bases, dict(ns))
class O(metaclass=Ordered, k=1):
    a = 1
    b = 7
    @classmethod
    def __init_subclass__(cls, **kw): pass
print(O.a, O.b, O.injected)
class Check(type):
    def __instancecheck__(cls, obj): return obj == 'magic'
    def __subclasscheck__(cls, sub): return sub is int
class C(metaclass=Check): pass
print(isinstance('magic', C), isinstance('x', C), issubclass(int, C), issubclass(str, C), isinstance(C(), C))
print(C.mro())
print(type.__new__(type, "Y", (), {}).__name__)
