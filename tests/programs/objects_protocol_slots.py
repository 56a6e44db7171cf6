# Special methods found through a class's protocol slots must follow every change to the
# class and its bases: methods added, replaced and deleted after use, in a base after a
# subclass used it, on the metaclass, and set to None.


class Base:
    pass


class Num(Base):
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        return f"Num({self.v})"


def add(a, b):
    try:
        return a + b
    except TypeError as e:
        return "TypeError: " + str(e)


x, y = Num(1), Num(2)
print(add(x, y))
Num.__add__ = lambda self, other: Num(self.v + other.v)
print(add(x, y))
Base.__add__ = lambda self, other: "Base.__add__"
print(add(x, y))
del Num.__add__
print(add(x, y))
del Base.__add__
print(add(x, y))

# Reflected operands and NotImplemented through the slots.
Base.__radd__ = lambda self, other: ("radd", other)
print(add(5, x), add(x, 5))

# len, truth, iteration, containment, subscripts change with the class.
print(bool(x))
Num.__len__ = lambda self: 0
print(bool(x))
Num.__bool__ = lambda self: True
print(bool(x), len(x))
Num.__getitem__ = lambda self, i: i * self.v
print(x[3], list(zip(range(3), Num(2)))[:2] if False else [x[i] for i in range(3)])
Num.__iter__ = lambda self: iter([self.v] * 2)
print(list(x), 1 in x, 2 in x)
Num.__contains__ = lambda self, item: item == "always"
print("always" in x, 1 in x)

# Hashing: __eq__ without __hash__ makes instances unhashable; restoring __hash__.
h = hash(x)
print(isinstance(h, int))


class E:
    def __eq__(self, other):
        return True


try:
    hash(E())
except TypeError as e:
    print("TypeError:", e)
E.__hash__ = lambda self: 42
print(hash(E()))
E.__hash__ = None
try:
    hash(E())
except TypeError as e:
    print("TypeError:", e)

# Comparisons replaced after use.
Num.__lt__ = lambda self, other: self.v < other.v
print(x < y, y < x, x > y)
Num.__lt__ = lambda self, other: "replaced"
print(x < y, y > x)


# A metaclass's special methods apply to its classes, and follow its changes.
class Meta(type):
    pass


class WithMeta(metaclass=Meta):
    pass


try:
    len(WithMeta)
except TypeError as e:
    print("TypeError:", e)
Meta.__len__ = lambda cls: 7
print(len(WithMeta))
Meta.__len__ = lambda cls: 8
print(len(WithMeta))

# A repr and str defined late, and removed.
print(repr(Base()).startswith("<"), str(x))
Num.__str__ = lambda self: "str of Num"
print(str(x), f"{x}")
del Num.__str__
print(str(x))
