# type.__subclasses__: the direct subclasses still alive, in the order they were made.
class A: pass
class B(A): pass
class C(A): pass
class D(B, C): pass
print(A.__subclasses__(), B.__subclasses__(), C.__subclasses__(), D.__subclasses__())
print(bool in int.__subclasses__(), type(A.__subclasses__()).__name__)
made = [type("T%d" % i, (A,), {}) for i in range(3)]
print([c.__name__ for c in A.__subclasses__()])
class Meta(type): pass
class M(metaclass=Meta): pass
print(type.__subclasses__(Meta), M.__subclasses__(), Meta in type.__subclasses__(type))
class Registry:
    def __init_subclass__(cls, **kw):
        super().__init_subclass__(**kw)
    @classmethod
    def plugins(cls):
        return sorted(c.__name__ for c in cls.__subclasses__())
class Zip(Registry): pass
class Tar(Registry): pass
print(Registry.plugins())
try:
    type.__subclasses__(3)
except TypeError as e:
    print("TypeError", e)
# Many classes made and dropped: the live ones are still listed.
for i in range(30):
    type("Temp", (B,), {})
kept = type("Kept", (B,), {})
junk = [[i] * 8 for i in range(500)]
print(B.__subclasses__()[0].__name__, kept in B.__subclasses__())
