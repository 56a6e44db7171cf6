# A class's __module__ is set by its body (CPython's __module__ = __name__), so a metaclass that
# copies the namespace keeps it; code run with empty globals finds the builtins module's name.
class A: pass
print(A.__module__)
exec("class B: pass\nprint(B.__module__)", {})
exec("class B: pass\nprint(B.__module__)", {"__name__": "mod"})
class C:
    __module__ = "custom"
print(C.__module__)
import enum
class E(enum.Enum):
    A = 1
print(E.__module__, repr(E.A))
