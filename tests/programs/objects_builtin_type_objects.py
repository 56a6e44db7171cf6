# The builtin types are classes: type(x) for builtin values, their namespaces, their MROs,
# calling them, their immutability, and isinstance/issubclass with them.
import builtins

values = [3, True, 2.5, "s", b"b", [1], (1,), {1: 2}, {1}, frozenset(), range(2), slice(1),
          None, ..., NotImplemented, len, print, [].append, (lambda: 0), iter([]), iter(()),
          iter(range(3)), iter("ab"), enumerate([]), zip(), map(str, []), filter(None, []),
          property(), staticmethod(len), classmethod(len), 10 ** 30]
for v in values:
    t = type(v)
    print(t.__name__, t, type(t) is type, isinstance(v, t), t.__module__, t.__base__)

print(type(3) is int, type(int) is type, type(type) is type, type(object) is type)
print(int.__class__, isinstance(int, type), isinstance(type, type), isinstance(object, type))
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object),
      issubclass(bool, (str, int)), issubclass(int, bool))
print(int.__mro__, bool.__mro__, type.__mro__, int.mro(), type.mro(bool))
print(int.__bases__, bool.__bases__, object.__bases__, int.__base__, object.__base__)
print(int.__name__, int.__qualname__, int.__module__, list.__name__)
print(builtins.int is int, builtins.type is type, builtins.list is list)

# Namespaces: methods, slot wrappers, class-level functions.
print(vars(int)['__add__'], str.__dict__['join'], list.__dict__['append'])
print('append' in dir(list), '__len__' in dir(list), 'bit_length' in dir(int))
print(int.__add__(2, 3), (2).__add__(3), (2).__add__("x"), list.__len__([1, 2]))
print(str.upper("a"), getattr(int, "bit_length")(255), str.join("-", "abc"))
print(dict.fromkeys("ab"), {}.fromkeys("cd", 0), int.from_bytes(b"\x01\x00", "big"))
print(bytes.fromhex("41 42"), str.maketrans("a", "b") == {97: 98})
print(True.bit_length(), (True).__add__(1), bool.__add__(True, True))
print(hash(int) == hash(int), {int: 1, str: 2}[str], int == int, int != str)
print(sorted([int, str, float], key=lambda c: c.__name__))
print(int.__doc__ is None or isinstance(int.__doc__, str))

# Calling builtin types.
print(int("7"), int.__call__(5.5), type.__call__(int, "8"), list((1, 2)), type(None)(),
      type(...)(), type(NotImplemented)(), dict(a=1), type("X", (), {}).__name__)
for t in [type(len), type(iter([])), type(x for x in [])]:
    try:
        t()
    except TypeError as e:
        print("TypeError", e)
try:
    type(None)(1)
except TypeError as e:
    print("TypeError", e)

# Generic aliases.
print(list[int], dict[str, int], tuple[int, ...], type[int])
try:
    int[str]
except TypeError as e:
    print("TypeError", e)

# Builtin types cannot be changed.
for stmt in ["int.x = 1", "del int.__add__", "list.append = None", "setattr(str, 'f', 1)",
             "type.x = 1", "object.x = 1", "ValueError.x = 1", "del type(None).__bool__"]:
    try:
        exec(stmt)
        print(stmt, "ok")
    except TypeError as e:
        print(stmt, "TypeError", e)

# A user class named like a builtin does not stand for it.
class int_(object):
    pass
int_.__name__ = "int"
print(isinstance(int_(), int), isinstance(3, int_))

# Docstrings.
class C:
    "the doc"
class D:
    pass
class E:
    "first"
    __doc__ = "second"
print(C.__doc__, D.__doc__, E.__doc__, C().__doc__)

# Classes deriving from builtin types have them in their bases and MRO, and find the
# builtin's methods and slot wrappers through them.
class MyList(list):
    def push(self, x):
        super().append(x)
        return self
m = MyList([3, 1, 2])
m.sort()
print(m, isinstance(m, list), issubclass(MyList, list), MyList.append is list.append)
print(MyList.__mro__, MyList.__bases__, MyList.__base__, m.push(7), len(m), m[0])
print(m.__len__(), m.__getitem__(1), type(m.append).__name__, m.__eq__([1, 2, 3, 7]))
class MyInt(int):
    def __repr__(self):
        return "MyInt(%d)" % self
class Small(MyInt):
    pass
s = Small(5)
print(Small.__mro__, s, s + 1, s.__add__(2), s.__add__("x"), s.bit_length(), int.__repr__(s))
print(super(MyInt, s).__repr__(), isinstance(s, int), issubclass(Small, int))
class Pair(tuple):
    def __new__(cls, a, b):
        return super().__new__(cls, (a, b))
p = Pair(1, 2)
print(p, type(p).__name__, Pair.__mro__, p.count(1), tuple.__len__(p))
class D(dict, object):
    pass
print(D.__mro__, list(D(a=1).keys()))
class Mixin:
    def hello(self):
        return "hello " + self.upper()
class Name(str, Mixin):
    pass
print(Name.__mro__, Name("x").hello(), Name("ab").upper(), str.upper(Name("q")))
for base in [bool, type(None), range]:
    try:
        class Bad(base):
            pass
    except TypeError as e:
        print("TypeError", e)
try:
    class Both(int, str):
        pass
except TypeError as e:
    print("TypeError", e)
