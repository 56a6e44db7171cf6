"""Abstract base classes: `ABC` and `@abstractmethod`. A subclass of `ABC` that leaves an
abstract method unimplemented cannot be instantiated (CPython's TypeError). hotpy has no
metaclasses yet: `ABCMeta` is `type`, so `class A(metaclass=ABCMeta)` runs, without the
instantiation check; deriving from `ABC` gives the check."""


def abstractmethod(funcobj):
    funcobj.__isabstractmethod__ = True
    return funcobj


ABCMeta = type


def _abstract_names(cls):
    names = set()
    for name in dir(cls):
        try:
            value = getattr(cls, name)
        except AttributeError:
            continue
        if getattr(value, "__isabstractmethod__", False):
            names.add(name)
    return frozenset(names)


class ABC:
    __abstractmethods__ = frozenset()

    def __init_subclass__(cls, **kwargs):
        super().__init_subclass__(**kwargs)
        cls.__abstractmethods__ = _abstract_names(cls)

    def __new__(cls, *args, **kwargs):
        if cls.__abstractmethods__:
            names = sorted(cls.__abstractmethods__)
            raise TypeError(
                "Can't instantiate abstract class " + cls.__name__ + " with abstract method"
                + ("s " if len(names) > 1 else " ") + ", ".join(names)
            )
        return super().__new__(cls)


def get_cache_token():
    return 0
