# dataclass fields (defaults, default_factory, InitVar, __post_init__, ClassVar,
# inheritance) and the helpers asdict, astuple, replace, fields, make_dataclass.
import collections
import dataclasses
from dataclasses import (InitVar, asdict, astuple, dataclass, field, fields, is_dataclass,
                         make_dataclass, replace)
from typing import ClassVar, Dict, List, Optional


def check(label, thunk):
    try:
        print(label, "->", thunk())
    except Exception as e:
        print(label, "->", type(e).__name__ + ":", e)


print("-- fields and defaults")


@dataclass
class Item:
    name: str
    price: float = 0.0
    tags: List[str] = field(default_factory=list)
    qty: int = field(default=1, metadata={"unit": "pieces"})
    registry: ClassVar[Dict[str, int]] = {}


a, b = Item("pen"), Item("ink", 2.5)
a.tags.append("blue")
print(a, b, a.tags is not b.tags, Item.registry, Item.price, hasattr(Item, "tags"))
print([f.name for f in fields(Item)], [f.name for f in fields(a)], sorted(Item.__dataclass_fields__))
qty = fields(Item)[3]
print(qty.name, qty.type, qty.default, qty.metadata["unit"], dict(qty.metadata), qty.kw_only)
check("qty.metadata['x'] = 1", lambda: qty.metadata.__setitem__("x", 1))
print(Item.__doc__)


def mutable_default():
    @dataclass
    class Bad:
        values: list = []


def both_defaults():
    return field(default=1, default_factory=list)


def default_before_plain():
    @dataclass
    class Bad:
        a: int = 1
        b: int


def field_without_annotation():
    @dataclass
    class Bad:
        a = field(default=1)


def classvar_factory():
    @dataclass
    class Bad:
        c: ClassVar[list] = field(default_factory=list)


for label, thunk in (("mutable default", mutable_default), ("default and factory", both_defaults),
                     ("non-default after default", default_before_plain),
                     ("field without annotation", field_without_annotation),
                     ("ClassVar with a factory", classvar_factory)):
    check(label, thunk)

print("-- InitVar and __post_init__")


@dataclass
class Scaled:
    base: int
    factor: InitVar[int] = 2
    value: int = field(init=False)
    log: list = field(default_factory=list, init=False, repr=False)

    def __post_init__(self, factor):
        self.value = self.base * factor
        self.log.append("made with %d" % factor)


s = Scaled(3)
print(s, Scaled(3, 10), s.log, [f.name for f in fields(s)], Scaled.__match_args__)
print(Scaled.__dataclass_fields__["factor"].type, Scaled.__dataclass_fields__["factor"]._field_type)
print(replace(s, base=5), replace(s, base=5, factor=3))
check("replace(s, value=1)", lambda: replace(s, value=1))


@dataclass
class NeedsInitVar:
    a: int
    secret: InitVar[str]

    def __post_init__(self, secret):
        self.length = len(secret)


n = NeedsInitVar(1, "abc")
print(n, n.length)
check("replace without the InitVar", lambda: replace(n, a=2))
print(replace(n, secret="xy").length)

print("-- inheritance")


@dataclass
class Base:
    x: int
    y: int = 1

    def total(self):
        return self.x + self.y


@dataclass
class Derived(Base):
    z: int = 2
    x: int = 10


d = Derived()
print(d, Derived(5, 6, 7), d.total(), [f.name for f in fields(Derived)], Derived.__match_args__)
print(Derived.__doc__, isinstance(d, Base), d == Base(10, 1))


class Plain(Base):
    extra = "not a field"


print(Plain(4), is_dataclass(Plain), [f.name for f in fields(Plain)])

print("-- asdict / astuple")


@dataclass
class Inner:
    v: int
    items: list


@dataclass
class Outer:
    name: str
    inner: Inner
    inners: List[Inner]
    mapping: Dict[str, Inner]
    pair: tuple
    maybe: Optional[Inner] = None


Pt = collections.namedtuple("Pt", "a b")
o = Outer("o", Inner(1, [1, [2]]), [Inner(2, [])], {"k": Inner(3, [(1, 2)])}, (Inner(4, []), Pt(5, Inner(6, []))))
print(asdict(o))
print(astuple(o))
print(asdict(o, dict_factory=lambda pairs: sorted(k for k, v in pairs)))
print(astuple(Inner(1, [2]), tuple_factory=list))
copied = asdict(o)
copied["inner"]["items"][1].append(99)
print(o.inner.items, copied["inner"]["items"])
check("asdict(Outer)", lambda: asdict(Outer))
check("asdict(3)", lambda: asdict(3))
check("astuple({})", lambda: astuple({}))

print("-- replace, fields, is_dataclass")
r = replace(b, price=9.5, tags=["x"])
print(r, r is not b, b)
check("replace(b, bogus=1)", lambda: replace(b, bogus=1))
check("replace(Item, name='x')", lambda: replace(Item, name="x"))
check("fields(3)", lambda: fields(3))
print(is_dataclass(a), is_dataclass(Item), is_dataclass(3), is_dataclass(dict))

print("-- make_dataclass")
Dyn = make_dataclass("Dyn", ["a", ("b", int), ("c", int, field(default=5))],
                     namespace={"double": lambda self: self.a * 2})
print(Dyn(1, 2), Dyn(1, 2).double(), [(f.name, f.type) for f in fields(Dyn)], Dyn.__qualname__)
Frozen3 = make_dataclass("Frozen3", [("x", int, 3)], bases=(Base,), frozen=False, order=True)
print(Frozen3(1), Frozen3(1) < Frozen3(1, 2), Frozen3(), [c.__name__ for c in Frozen3.__mro__])
for bad in (["a", "a"], ["class"], ["1x"], [("a", int, 1, 2)]):
    check("make_dataclass %r" % (bad,), lambda: make_dataclass("Bad", bad))

print("-- recursion and descriptors")


@dataclass
class Tree:
    name: str
    children: list = field(default_factory=list)
    parent: Optional["Tree"] = field(default=None, repr=False)


root = Tree("root")
root.children.append(Tree("leaf", parent=root))
root.children.append(root)
print(root)


class Positive:
    def __set_name__(self, owner, name):
        self.private = "_" + name

    def __get__(self, obj, objtype=None):
        if obj is None:
            return 1
        return getattr(obj, self.private)

    def __set__(self, obj, value):
        if value <= 0:
            raise ValueError("must be positive")
        setattr(obj, self.private, value)


@dataclass
class Account:
    balance: int = Positive()


print(Account(), Account(5))
check("Account(-1)", lambda: Account(-1))


@dataclass
class SelfNamed:
    self: int
    other: int = 0


print(SelfNamed(1, 2), SelfNamed(self=3))
print(repr(dataclasses.MISSING) == repr(dataclasses.MISSING), dataclasses.KW_ONLY is dataclasses.KW_ONLY)
