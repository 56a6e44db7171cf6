# object.__reduce_ex__/__reduce__/__getstate__ (CPython's copyreg protocol): pickle and copy
# of plain instances, slotted ones, builtin subclasses (list/dict items, instance dicts),
# classes with __reduce__, __copy__/__deepcopy__, cycles, and the library's types.
import copy, collections, datetime, fractions, decimal, enum, dataclasses
class P:
    def __init__(self, x): self.x = x
class S:
    __slots__ = ("a", "b")
    def __init__(self): self.a = [1]
class R:
    def __init__(self, a): self.a = a
    def __reduce__(self): return (R, (self.a * 2,))
class C:
    def __init__(self): self.v = [1]
    def __copy__(self): return "custom copy"
    def __deepcopy__(self, memo): return "custom deepcopy"
class L(list): pass
class D(dict): pass
class Color(enum.Enum):
    RED = 1
@dataclasses.dataclass
class DC:
    a: list
p = P([1, [2]])
cp, dp = copy.copy(p), copy.deepcopy(p)
print(cp.x is p.x, dp.x is p.x, dp.x == p.x)
s = S(); c = copy.deepcopy(s); print(c.a, c.a is s.a, hasattr(c, "b"))
print(copy.copy(R(3)).a, copy.deepcopy(R(4)).a)
print(copy.copy(C()), copy.deepcopy(C()))
l = L([1, [2]]); l.tag = "t"; l2 = copy.deepcopy(l); print(type(l2).__name__, l2, l2.tag, l2[1] is l[1])
d = D(a=[1]); d2 = copy.copy(d); print(type(d2).__name__, d2, d2["a"] is d["a"])
a = [1, 2]; a.append(a); b = copy.deepcopy(a); print(b[2] is b, len(b))
print(copy.deepcopy({1, 2, 3}), copy.deepcopy(frozenset({1})), copy.copy((1, [2])))
print(copy.deepcopy(collections.OrderedDict(a=1)), copy.deepcopy(collections.defaultdict(list, {1: [2]})))
print(copy.deepcopy(collections.Counter("aab")), copy.deepcopy(collections.deque([1, 2], maxlen=3)))
print(copy.deepcopy(datetime.date(2020, 1, 2)), copy.deepcopy(fractions.Fraction(1, 3)), copy.deepcopy(decimal.Decimal("1.5")))
print(copy.deepcopy(Color.RED), copy.deepcopy(DC([1])))
print(copy.deepcopy(range(3)), copy.deepcopy(slice(1, 2)), copy.deepcopy(bytearray(b"x")), copy.deepcopy(3+4j))
print(copy.deepcopy(ValueError("x", 1)).args)
f = lambda: 1
print(copy.deepcopy(f) is f, copy.copy(len) is len, copy.deepcopy(P) is P)
NT = nt = collections.namedtuple("NT", "a b")
print(copy.deepcopy(nt(1, [2])))
class Gen:
    def __init__(self): self.g = (i for i in range(3))
try:
    copy.deepcopy(Gen())
except TypeError as e: print("TypeError:", e)
import pickle
for v in [P(1), S(), L([1]), D(a=1), {1, 2}, frozenset({3}), range(4), Color.RED, DC([1]), nt(1, 2), ValueError("e"), collections.OrderedDict(a=1), collections.Counter("ab"), datetime.datetime(2020,1,1,12,0), fractions.Fraction(2, 3), 2+3j, bytearray(b"ab")]:
    w = pickle.loads(pickle.dumps(v))
    print(type(w).__name__, getattr(w, "__dict__", None) if type(w) in (P, S) else w)
try:
    pickle.dumps((i for i in range(2)))
except Exception as e: print(type(e).__name__, e)

class WithState:
    def __init__(self):
        self.a, self.b = 1, 2

    def __getstate__(self):
        return {"a": self.a}

    def __setstate__(self, state):
        self.__dict__.update(state, restored=True)


w = copy.deepcopy(WithState())
print(sorted(vars(w).items()), sorted(vars(pickle.loads(pickle.dumps(WithState()))).items()))


class NewArgs(int):
    def __new__(cls, v, label):
        self = super().__new__(cls, v)
        self.label = label
        return self

    def __getnewargs__(self):
        return (int(self), self.label)


n = pickle.loads(pickle.dumps(NewArgs(5, "five")))
print(type(n).__name__, n, n.label, copy.copy(n).label)


class KwArgs:
    def __new__(cls, *, size):
        self = object.__new__(cls)
        self.size = size
        return self

    def __getnewargs_ex__(self):
        return (), {"size": self.size}


print(pickle.loads(pickle.dumps(KwArgs(size=3))).size, copy.deepcopy(KwArgs(size=4)).size)
print(object().__reduce__()[0].__name__, P(1).__reduce_ex__(2)[0].__name__, P(2).__reduce_ex__(2)[2])
print(S().__getstate__(), P(3).__getstate__(), L([1]).__reduce_ex__(2)[3] is not None)


class BadNewArgs:
    def __getnewargs__(self):
        return [1]


for proto in (2, 4):
    try:
        BadNewArgs().__reduce_ex__(proto)
    except TypeError as e:
        print("TypeError:", e)
for value in [1, "s", (1, 2), [1, {"a": b"x"}], {1: None}, 1.5, None, True, 10 ** 30]:
    for proto in range(pickle.HIGHEST_PROTOCOL + 1):
        assert pickle.loads(pickle.dumps(value, proto)) == value
print("all protocols round-trip")
# What pickle's protocol 0 and datetime's constructor need of the builtins.
print(float(b" 1.5 "), float(bytearray(b"2")), ord(b"a"), ord(bytearray(b"z")))
for bad in [lambda: float(b"x"), lambda: ord(b"ab"), lambda: ord(b"")]:
    try:
        bad()
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
