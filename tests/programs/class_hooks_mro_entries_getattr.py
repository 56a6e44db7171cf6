# PEP 560 `__mro_entries__`, PEP 562 module `__getattr__`, a metaclass's `__getattr__`.
import types


class Base:
    def hello(self):
        return "hello from Base"


class Alias:
    def __init__(self, target):
        self.target = target

    def __mro_entries__(self, bases):
        print("mro_entries given", [b.__name__ if isinstance(b, type) else type(b).__name__
                                    for b in bases])
        return (self.target,)


class Derived(Alias(Base)):
    pass


print([c.__name__ for c in Derived.__mro__])
print(Derived().hello())
print(type(Derived.__orig_bases__[0]).__name__)
print("__orig_bases__" in Base.__dict__)


class Empty:
    def __mro_entries__(self, bases):
        return ()


class OnlyObject(Empty()):
    pass


print([c.__name__ for c in OnlyObject.__mro__])


class Bad:
    def __mro_entries__(self, bases):
        return [Base]


try:
    class Broken(Bad()):
        pass
except TypeError as e:
    print("TypeError:", e)

try:
    class NotAClass(3):
        pass
except TypeError as e:
    print("TypeError:", e)

# Module __getattr__ (PEP 562).
m = types.ModuleType("lazy")
calls = []


def module_getattr(name):
    calls.append(name)
    if name.startswith("x"):
        return name.upper()
    raise AttributeError(f"module 'lazy' has no attribute {name!r}")


m.__getattr__ = module_getattr
m.present = 1
print(m.present, m.xyz, calls)
try:
    m.other
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(m, "xa", None), getattr(m, "nope", "default"), hasattr(m, "nope"))


# A metaclass's __getattr__: asked only for what the class and metaclass lack.
class Meta(type):
    kind = "meta attribute"

    def __getattr__(cls, name):
        if name.startswith("auto_"):
            return f"{cls.__name__}.{name}"
        raise AttributeError(name)


class Configured(metaclass=Meta):
    real = "real value"


print(Configured.real, Configured.kind, Configured.auto_setting)
try:
    Configured.missing
except AttributeError as e:
    print("AttributeError:", e)
print(hasattr(Configured, "auto_x"), hasattr(Configured, "zzz"))
# Instances do not see the metaclass's __getattr__.
try:
    Configured().auto_x
except AttributeError as e:
    print("AttributeError:", e)
