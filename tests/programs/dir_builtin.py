# dir(): names in scope, and the attributes of objects, classes and modules.
import math


class Base:
    kind = "base"

    def method(self):
        return 1


class Thing(Base):
    """A thing."""
    size = 3

    def __init__(self):
        self.name = "n"
        self._hidden = True

    def act(self):
        pass


public = lambda names: [n for n in names if not n.startswith("_")]
t = Thing()
print(public(dir(t)))
print(public(dir(Thing)))
print(dir(Thing) == sorted(dir(Thing)), "__init__" in dir(t), "__class__" in dir(t))
print(sorted(set(dir(t)) - set(dir(object))))
print(sorted(set(dir(Thing)) - set(dir(object))))
print([n for n in dir(math) if n in ("sqrt", "pi", "floor", "inf")])


class Custom:
    def __dir__(self):
        return ["b", "a", "c"]


print(dir(Custom()))


def scope(x, y=2):
    z = x + y
    return dir()


print(scope(1))
print(public(dir()))
print([n for n in dir([]) if n in ("append", "pop", "sort")], "upper" in dir("s"))
print(dir(object) == sorted(dir(object)), len(dir(object)))
