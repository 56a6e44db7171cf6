# e2e: not under GC stress (about 250x slower there: over the run limit in a debug build;
# a collection every 256 bytes through its many small objects)
class Proxy:
    def __init__(self, name): self.name = name
    def __get__(self, obj, _type=None):
        return lambda *a: (self.name, a)
class C: pass
C.__getitem__ = Proxy("gi")
C.__len__ = Proxy("len")
c = C()
print(c[3])
class D:
    __getitem__ = Proxy("gi2")
print(D()[4])
class E:
    __call__ = Proxy("call")
    __iter__ = Proxy("iter")
print(E()(1))
f = lambda: 0
print(getattr(f, '__call__', None) is not None, hasattr(len, '__call__'), hasattr(print, '__call__'), hasattr(int, '__call__'), hasattr([].append, '__call__'))
class A:
    def m(self): pass
print(hasattr(A().m, '__call__'), hasattr(A, '__call__'), callable(A().m))
print(f.__call__())
from unittest.mock import Mock
class Service: pass
m = Mock(spec=Service)
print(m.__class__)
print(isinstance(m, Service))
