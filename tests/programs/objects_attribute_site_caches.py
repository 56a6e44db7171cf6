# Attribute loads, stores and method calls at one site seeing changing classes, shapes and
# class namespaces: every answer must be the one a fresh lookup gives.


class A:
    kind = "a-class"

    def __init__(self, x):
        self.x = x

    def m(self):
        return ("A.m", self.x)


class B:
    def __init__(self, x):
        self.y = 0
        self.x = x

    def m(self):
        return ("B.m", self.x)


def read_x(o):
    return o.x


def call_m(o):
    return o.m()


def read_kind(o):
    return o.kind


objs = [A(1), B(2), A(3), B(4)]
print([read_x(o) for o in objs], [call_m(o) for o in objs])
print([read_kind(A(i)) for i in range(3)])

# A class attribute changes: the cached class value must not be reused.
A.kind = "changed"
print(read_kind(A(0)))
a = A(5)
a.kind = "own"
print(read_kind(a), read_kind(A(6)))

# An instance attribute starts shadowing the method.
a = A(7)
print(call_m(a))
a.m = lambda: "instance function"
print(call_m(a))
del a.m
print(call_m(a))

# A method replaced on the class after the site cached it.
print(call_m(A(8)))
A.m = lambda self: ("new A.m", self.x)
print(call_m(A(8)))

# A property added later wins over the instance's attribute of the same name.
b = B(9)
print(read_x(b))
B.x = property(lambda self: "property x", lambda self, v: None)
print(read_x(b), read_x(B(10)))
del B.x
print(read_x(b))

# __class__ assignment moves an instance between classes.
o = A(11)
print(call_m(o))
o.__class__ = B
print(call_m(o))


# Stores at one site into instances of different shapes and classes.
def set_z(o, v):
    o.z = v


class S:
    __slots__ = ("z", "w")


targets = [A(1), B(2), A(3), S(), S()]
for i, t in enumerate(targets):
    set_z(t, i)
    set_z(t, i * 10)
print([t.z for t in targets])

# __setattr__ added to a class after its stores were cached.
class T:
    pass


def set_q(o, v):
    o.q = v


t = T()
set_q(t, 1)
set_q(T(), 2)


def loud(self, name, value):
    object.__setattr__(self, name, value * 100)


T.__setattr__ = loud
t2 = T()
set_q(t2, 3)
set_q(t, 4)
print(t2.q, t.q)

# A slotted class refuses a name its slots lack, whatever the site remembers.
try:
    set_q(S(), 5)
except AttributeError as e:
    print("AttributeError:", e)

# Instances in dict mode (an attribute deleted) and through __dict__.
d = A(12)
d.extra = 1
del d.extra
print(read_x(d), d.__dict__)
d.__dict__["x"] = 13
print(read_x(d))

# __getattr__ and __getattribute__ classes.
class G:
    def __getattr__(self, name):
        return "missing " + name


class H:
    def __getattribute__(self, name):
        return "always " + name


print(read_x(G()), read_x(H()), call_m(G()) if False else read_kind(H()))

# Method calls on builtin values, subclasses overriding them, modules, classes, statics.
import math


class L(list):
    def append(self, x):
        super().append(x * 2)


def push(seq, x):
    seq.append(x)
    return seq


print(push([], 1), push(L(), 1), push([0], 2))
print(",".join(["a", "b"]), {"k": 1}.get("k"), (1, 2, 1).count(1), math.floor(2.5))


class K:
    @staticmethod
    def s(x):
        return ("static", x)

    @classmethod
    def c(cls, x):
        return ("class", cls.__name__, x)

    def __init__(self):
        self.f = math.sqrt


k = K()
print(k.s(1), k.c(2), K.c(3), K.s(4), k.f(16.0))

# Wrong arguments and missing attributes report as CPython does.
try:
    A(1).m(2)
except TypeError as e:
    print("TypeError:", e)
try:
    [].append()
except TypeError as e:
    print("TypeError:", e)
try:
    None.missing()
except AttributeError as e:
    print("AttributeError:", e)
try:
    A(1).missing()
except AttributeError as e:
    print("AttributeError:", e)

# Module attributes at one site: rebound, deleted and bound again.
import heapq


def module_attr():
    return heapq.nsmallest


first = module_attr()
print(first is module_attr(), first.__name__)
heapq.nsmallest = "replaced"
print(module_attr())
del heapq.nsmallest
try:
    module_attr()
except AttributeError as e:
    print("AttributeError:", e)
heapq.nsmallest = first
print(module_attr() is first)

# Class attributes read through the class at one site: data, functions, enum-like members,
# descriptors, metaclass attributes, and changes to any of them.
class Member:
    pass


class Desc:
    def __get__(self, obj, owner):
        return ("Desc.__get__", owner.__name__)


class Holder:
    LIMIT = 10
    member = Member()
    desc = Desc()

    def method(self):
        return "method"

    @classmethod
    def cm(cls):
        return ("cm", cls.__name__)


class Sub(Holder):
    pass


def read_class(c):
    return (c.LIMIT, c.member is Holder.member, c.desc, c.method is Holder.__dict__["method"], c.cm())


print(read_class(Holder), read_class(Sub))
Sub.LIMIT = 20
print(read_class(Holder), read_class(Sub))
del Sub.LIMIT
Holder.member = 5
print(read_class(Sub))
Member.__get__ = lambda self, obj, owner: "now a descriptor"
Holder.member = Member()
print(read_class(Sub))


class Meta(type):
    LIMIT = "from the metaclass"

    @property
    def prop(cls):
        return "metaclass property"


class WithMeta(metaclass=Meta):
    prop = "class attribute"


def read_limit(c):
    return c.LIMIT


def read_prop(c):
    return c.prop


print(read_limit(WithMeta), read_limit(Holder), read_prop(WithMeta))
WithMeta.LIMIT = "own"
print(read_limit(WithMeta), read_prop(WithMeta))
print(read_limit(int) if hasattr(int, "LIMIT") else "int has no LIMIT")
