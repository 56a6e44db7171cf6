# abc: ABCMeta and ABC, abstract methods, classmethods, staticmethods and properties refusing
# instantiation, partial implementations, register (also as a decorator), __subclasshook__,
# isinstance/issubclass through the metaclass, and update_abstractmethods.
import abc
from abc import ABC, ABCMeta, abstractmethod


def attempt(label, f):
    try:
        print(label, f())
    except Exception as e:
        print(label, type(e).__name__, e)


class Shape(ABC):
    @abstractmethod
    def area(self):
        ...

    @abstractmethod
    def perimeter(self):
        ...

    def describe(self):
        return f"{type(self).__name__} with area {self.area()}"


class Half(Shape):
    def area(self):
        return 1


class Square(Half):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side**2

    def perimeter(self):
        return 4 * self.side


attempt("Shape()", lambda: Shape())
attempt("Half()", lambda: Half())
print(Square(3).describe(), Square(2).perimeter())
print(sorted(Shape.__abstractmethods__), sorted(Half.__abstractmethods__), Square.__abstractmethods__)
print(type(Shape) is ABCMeta, isinstance(Square(1), Shape), issubclass(Square, Shape), issubclass(int, Shape))


class Base(metaclass=ABCMeta):
    @property
    @abstractmethod
    def name(self):
        ...

    @classmethod
    @abstractmethod
    def make(cls):
        ...

    @staticmethod
    @abstractmethod
    def helper():
        ...


attempt("Base()", lambda: Base())


class Impl(Base):
    @property
    def name(self):
        return "impl"

    @classmethod
    def make(cls):
        return cls()

    @staticmethod
    def helper():
        return "help"


print(Impl.make().name, Impl.helper())


class Drawable(ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is Drawable:
            return any("draw" in B.__dict__ for B in C.__mro__)
        return NotImplemented


class Circle:
    def draw(self):
        return "o"


class Blob:
    pass


print(issubclass(Circle, Drawable), isinstance(Circle(), Drawable), isinstance(Blob(), Drawable))


class Sized(ABC):
    pass


Sized.register(list)


@Sized.register
class Bag:
    def __len__(self):
        return 0


print(issubclass(list, Sized), isinstance([], Sized), isinstance(Bag(), Sized), isinstance({}, Sized))
print(Sized.register(Bag) is Bag, issubclass(Bag, Sized))
attempt("register non-class", lambda: Sized.register(3))


class Sub(Sized):
    pass


Sub.register(tuple)
print(isinstance((), Sized), isinstance((), Sub), issubclass(tuple, Sized))


class Later(ABC):
    @abstractmethod
    def run(self):
        ...


class Done(Later):
    pass


Done.run = lambda self: "ran"
abc.update_abstractmethods(Done)
print(Done().run(), Done.__abstractmethods__)
print(abc.get_cache_token() >= 0, isinstance(ABC, ABCMeta))
