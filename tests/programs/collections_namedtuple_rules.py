# collections.namedtuple as CPython 3.11 makes it: __new__'s argument errors (too many,
# missing one/two/several, duplicates, unknown keywords) named after the class, defaults
# (also as __new__.__defaults__), _make/_replace/_asdict/_fields/_field_defaults, docs and
# qualnames, the module of the caller, rename and the name rules, subclasses, match.
from collections import namedtuple
import copy


def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, "->", r)


P = namedtuple("P", "x y")
p = P(1, 2)
show("make", lambda: (p, P(y=2, x=1), P(1, y=2), P.__new__(P, 1, 2), P.__new__(_cls=P, x=1, y=2)))
show("missing one", lambda: P(1))
show("missing two", lambda: P())
show("too many", lambda: P(1, 2, 3))
show("too many and a keyword", lambda: P(1, 2, 3, z=1))
show("too many and a duplicate", lambda: P(1, 2, 3, x=1))
show("duplicate", lambda: P(1, x=2))
show("unknown keyword", lambda: P(1, 2, z=3))
show("only an unknown keyword", lambda: P(z=3))
show("_cls keyword", lambda: P(1, 2, _cls=3))
show("no class", lambda: P.__new__())
Q = namedtuple("Q", ["a", "b", "c"], defaults=[3])
show("defaults", lambda: (Q(1, 2), Q(1, 2, 4), Q._field_defaults, Q.__new__.__defaults__))
show("defaults missing", lambda: Q())
show("defaults missing one", lambda: Q(c=1))
show("defaults too many", lambda: Q(1, 2, 3, 4))
R = namedtuple("R", "a b c d")
show("missing three", lambda: R(1))
show("missing four", lambda: R())
show("missing between", lambda: R(1, d=4))
Z = namedtuple("Z", "")
show("no fields", lambda: (Z(), Z._fields, Z.__doc__))
show("no fields too many", lambda: Z(1))
O = namedtuple("O", "only")
show("one field", lambda: (O(1), O.__doc__))
show("one field too many", lambda: O(1, 2))
show("one field missing", lambda: O())
show("attributes", lambda: (P._fields, P.__doc__, P.__new__.__doc__, P.x.__doc__, P.__match_args__,
                            P.__slots__, P.__new__.__defaults__, namedtuple("E", "a", defaults=[]).__new__.__defaults__))
show("qualnames", lambda: (P.__new__.__qualname__, P._make.__qualname__, P._replace.__qualname__,
                           P.__repr__.__qualname__, P._asdict.__qualname__))
show("docs", lambda: (P._make.__doc__, P._replace.__doc__, P._asdict.__doc__))
show("_make", lambda: P._make([5, 6]))
show("_make wrong size", lambda: P._make([5]))
show("_replace", lambda: p._replace(x=9))
show("_replace unknown", lambda: p._replace(z=9))
show("_asdict", lambda: (p._asdict(), p.__getnewargs__()))
show("module", lambda: (P.__module__, namedtuple("M", "a", module="mymod").__module__))
show("rename", lambda: namedtuple("N", ["a", "a", "def", "_x", "1"], rename=True)._fields)
show("bad name", lambda: namedtuple("N", ["1a"]))
show("keyword", lambda: namedtuple("N", ["class"]))
show("underscore", lambda: namedtuple("N", ["_a"]))
show("duplicate field", lambda: namedtuple("N", ["a", "a"]))
show("bad type name", lambda: namedtuple("1N", ["a"]))
show("too many defaults", lambda: namedtuple("N", "a", defaults=(1, 2)))
show("names", lambda: (namedtuple("N", "a, b,c")._fields, namedtuple("N", iter(["a", "b"]))._fields))
show("set field", lambda: setattr(p, "x", 5))
show("delete field", lambda: delattr(p, "x"))
show("a tuple", lambda: (p + (3,), p * 2, len(p), p[-1], p[:1], p == (1, 2), hash(p) == hash((1, 2)),
                         p.index(2), p.count(1), isinstance(p, tuple)))
show("copies", lambda: (copy.copy(p), copy.deepcopy(p)))


class Vector(P):
    def norm(self):
        return self.x ** 2 + self.y ** 2


v = Vector(3, 4)
show("subclass", lambda: (v, v.norm(), type(v._replace(x=0)).__name__, Vector._make([1, 1]), v._asdict()))


def where(value):
    match value:
        case P(x, y):
            return ("P", x, y)
    return None


show("match", lambda: (where(P(5, 6)), where((5, 6))))
