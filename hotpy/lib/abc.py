"""Abstract base classes, as CPython's `abc`: `ABCMeta` (the metaclass that records a class's
abstract methods, so that instantiating a class that leaves one unimplemented is a TypeError;
`register` for virtual subclasses; `__subclasshook__`), `ABC`, `abstractmethod` and the
older `abstractclassmethod`, `abstractstaticmethod`, `abstractproperty`.

The refusal itself is the VM's: assigning a non-empty `__abstractmethods__` to a class flags
it, and `object.__new__` refuses flagged classes (CPython's rule). Registries hold strong
references (hotpy has no weak references yet)."""


def abstractmethod(funcobj):
    """Marks a method abstract: a class with one cannot be instantiated until a subclass
    overrides it."""
    funcobj.__isabstractmethod__ = True
    return funcobj


def abstractclassmethod(callable):
    callable.__isabstractmethod__ = True
    return classmethod(callable)


def abstractstaticmethod(callable):
    callable.__isabstractmethod__ = True
    return staticmethod(callable)


def abstractproperty(fget=None, fset=None, fdel=None, doc=None):
    if fget is not None:
        fget.__isabstractmethod__ = True
    return property(fget, fset, fdel, doc)


_abc_invalidation_counter = 0
# Every ABC made so far (a virtual subclass of one counts for its bases).
_all_abcs = []


def get_cache_token():
    """A token that changes whenever a virtual subclass is registered."""
    return _abc_invalidation_counter


def _abstract_names(cls, namespace, bases):
    abstracts = set()
    for name, value in namespace.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    for base in bases:
        for name in getattr(base, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    return frozenset(abstracts)


class ABCMeta(type):
    """Metaclass for abstract base classes."""

    def __new__(mcls, name, bases, namespace, **kwargs):
        cls = super().__new__(mcls, name, bases, namespace, **kwargs)
        cls.__abstractmethods__ = _abstract_names(cls, namespace, bases)
        cls._abc_registry = []
        _all_abcs.append(cls)
        return cls

    def register(cls, subclass):
        """Registers a virtual subclass of this ABC; returns it (usable as a decorator)."""
        global _abc_invalidation_counter
        if not isinstance(subclass, type):
            raise TypeError("Can only register classes")
        if issubclass(subclass, cls):
            return subclass
        if issubclass(cls, subclass):
            raise RuntimeError("Refusing to create an inheritance cycle")
        cls._abc_registry.append(subclass)
        _abc_invalidation_counter += 1
        return subclass

    def __instancecheck__(cls, instance):
        subclass = instance.__class__ if hasattr(instance, "__class__") else type(instance)
        if cls.__subclasscheck__(subclass):
            return True
        subtype = type(instance)
        return subtype is not subclass and cls.__subclasscheck__(subtype)

    def __subclasscheck__(cls, subclass):
        if not isinstance(subclass, type):
            raise TypeError("issubclass() arg 1 must be a class")
        hook = getattr(cls, "__subclasshook__", None)
        ok = hook(subclass) if hook is not None else NotImplemented
        if ok is not NotImplemented:
            return bool(ok)
        if cls in getattr(subclass, "__mro__", ()):
            return True
        for rcls in cls._abc_registry:
            if issubclass(subclass, rcls):
                return True
        for scls in _subclasses_of(cls):
            if issubclass(subclass, scls):
                return True
        return False

    def _dump_registry(cls, file=None):
        print("Class: %s.%s" % (cls.__module__, cls.__qualname__), file=file)
        print("Inv. counter: %s" % get_cache_token(), file=file)

    def _abc_registry_clear(cls):
        cls._abc_registry = []

    def _abc_caches_clear(cls):
        pass


def _subclasses_of(cls):
    """The ABCs registered as virtual subclasses' parents below `cls` (registered into a
    subclass ABC counts for its bases)."""
    return [r for r in _all_abcs if r is not cls and cls in r.__mro__]



def update_abstractmethods(cls):
    """Recomputes an abstract class's abstract methods after it was changed."""
    if not hasattr(cls, "__abstractmethods__"):
        return cls
    abstracts = set()
    for scls in cls.__bases__:
        for name in getattr(scls, "__abstractmethods__", ()):
            value = getattr(cls, name, None)
            if getattr(value, "__isabstractmethod__", False):
                abstracts.add(name)
    for name, value in cls.__dict__.items():
        if getattr(value, "__isabstractmethod__", False):
            abstracts.add(name)
    cls.__abstractmethods__ = frozenset(abstracts)
    return cls


class ABC(metaclass=ABCMeta):
    """Helper class: deriving from it makes a class an ABC."""

    __slots__ = ()

    @classmethod
    def __subclasshook__(cls, subclass):
        return NotImplemented
