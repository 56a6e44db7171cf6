# __new__, __init_subclass__ and class keywords.
class Singleton:
    _instance = None

    def __new__(cls, *args, **kwargs):
        if cls._instance is None:
            cls._instance = super().__new__(cls)
            cls._instance.created = 0
        cls._instance.created += 1
        return cls._instance

    def __init__(self, value=None):
        self.value = value


a = Singleton(1)
b = Singleton(value=2)
print(a is b, a.value, a.created, type(a).__name__)


class Point:
    __slots__ = ()

    def __new__(cls, x, y):
        obj = object.__new__(cls)
        return obj


class Celsius:
    def __new__(cls, degrees):
        if degrees < -273.15:
            return None
        return super().__new__(cls)

    def __init__(self, degrees):
        self.degrees = degrees


print(Celsius(-300), Celsius(20).degrees)


class Other:
    def __new__(cls):
        return 42

    def __init__(self):
        print("never runs")


print(Other())


class Base:
    registry = {}

    def __init_subclass__(cls, key=None, **kwargs):
        super().__init_subclass__(**kwargs)
        Base.registry[key or cls.__name__.lower()] = cls
        cls.key = key


class Alpha(Base, key="a"):
    pass


class Beta(Base):
    pass


class Gamma(Alpha, key="g"):
    pass


print(sorted((k, v.__name__) for k, v in Base.registry.items()), Gamma.key, Beta.key)
print("__init_subclass__" in dir(Base), Base.__new__ is object.__new__)


class Explicit(metaclass=type):
    pass


print(Explicit, type(Explicit))
try:
    class Bad(flavor="x"):
        pass
except TypeError as e:
    print("TypeError:", e)


class Counted:
    count = 0

    @classmethod
    def __init_subclass__(cls):
        Counted.count += 1


class C1(Counted):
    pass


class C2(C1):
    pass


print(Counted.count)


class NewWithArgs:
    def __new__(cls, *args):
        inst = super().__new__(cls)
        inst.args = args
        return inst


n = NewWithArgs(1, 2, 3)
print(n.args, isinstance(n, NewWithArgs))
try:
    object.__new__(5)
except TypeError as e:
    print("TypeError:", e)
try:
    class NoArgs:
        pass
    NoArgs(1)
except TypeError as e:
    print("TypeError:", e)


class MyError(Exception):
    def __new__(cls, *args):
        self = super().__new__(cls, *args)
        self.extra = "x"
        return self


e = MyError("boom", 2)
print(e.args, e.extra, str(e))
