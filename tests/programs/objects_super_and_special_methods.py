# super() in its forms and reprs, __hash__/__eq__ rules, NotImplemented and reflected
# operands, __index__/__int__/__float__/__round__/__pow__/__divmod__, unary and container
# special methods, slices inside subscripts, super() of builtin values.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
class A:
    def f(self): return "A.f"
    @classmethod
    def c(cls): return "A.c " + cls.__name__
    @staticmethod
    def s(): return "A.s"
class B(A):
    def f(self): return "B>" + super().f()
    @classmethod
    def c(cls): return "B>" + super().c()
    def g(self): return super(B, self).f()
    def h(self): return [super().s(), super(B, B).c(), repr(super())]
t("super1", lambda: (B().f(), B.c(), B().g(), B().h()))
t("super repr", lambda: repr(super(B, B())))
t("super unbound", lambda: (repr(super(B)), super(B).__thisclass__, super(B).__self__))
t("super type err", lambda: super(B, 3))
t("super attrs", lambda: (super(B, B()).__thisclass__, super(B, B()).__self_class__))
class E:
    def __eq__(self, o): return True
t("eq no hash", lambda: E.__hash__)
class H(E):
    __hash__ = object.__hash__
t("hash restored", lambda: isinstance(hash(H()), int))
class R:
    def __eq__(self, o): return NotImplemented
t("both NI ==", lambda: (R() == R(), R() != R(), R() == 1))
t("lt NI", lambda: R() < R())
class L:
    def __lt__(self, o): return "L.lt"
class G:
    def __gt__(self, o): return "G.gt"
t("reflected lt", lambda: (G() < L(), L() > G(), 1 < G()))
class Sub(int):
    def __radd__(self, o): return "Sub.radd"
    def __eq__(self, o): return "Sub.eq"
t("subclass priority", lambda: (1 + Sub(2), 1 == Sub(1), Sub(1) == 1))
class N:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
    def __int__(self): return 99
    def __float__(self): return 1.5
t("index/int/float", lambda: (int(N(3)), float(N(3)), range(N(4)), hex(N(255)), [0,1,2][N(1)], "ab"*N(2), N(2).__index__()))
class Rd:
    def __round__(self, n=None): return ("round", n)
t("round", lambda: (round(Rd()), round(Rd(), 2)))
class Pw:
    def __pow__(self, e, m=None): return ("pow", e, m)
    def __rpow__(self, b, m=None): return ("rpow", b, m)
t("pow", lambda: (Pw() ** 2, pow(Pw(), 2, 5), 2 ** Pw()))
class Dv:
    def __divmod__(self, o): return ("dm", o)
    def __rdivmod__(self, o): return ("rdm", o)
t("divmod", lambda: (divmod(Dv(), 3), divmod(3, Dv())))
class IP:
    def __init__(self): self.log = []
    def __add__(self, o): self.log.append("add"); return self
t("inplace fallback", lambda: (lambda x: (hasattr(x, "__iadd__"), type(x).__name__))(IP()))
t("isub missing", lambda: exec("x = IP()\nx -= 1", globals()))
t("NI add", lambda: object() + 1)
class Bo:
    def __bool__(self): return 2
t("bool bad", lambda: bool(Bo()))
class Ln:
    def __len__(self): return -1
t("len neg", lambda: len(Ln()))
class Hs:
    def __hash__(self): return 2**70
t("hash big", lambda: hash(Hs()) == hash(2**70))
class Ct:
    def __iter__(self): return iter([1, 2])
t("contains via iter", lambda: (2 in Ct(), 3 in Ct()))
class Fm:
    def __format__(self, spec): return "F[" + spec + "]"
t("format", lambda: (f"{Fm():>5}", format(Fm(), "x"), "{:abc}".format(Fm())))
t("repr super()", lambda: B().h()[2].startswith("<super: <class 'B'>, <B object"))
class Cl:
    def __call__(self, *a, **k): return (a, k)
t("call", lambda: Cl()(1, x=2))
class Gi:
    def __getitem__(self, k): return k
t("getitem slice", lambda: (Gi()[1:2], Gi()[1:2, 3], Gi()[...]))
class Ds:
    def __get__(self, obj, owner=None): return ("get", obj is None, owner.__name__)
class Own:
    d = Ds()
t("desc", lambda: (Own.d, Own().d[:2]))
t("object ne", lambda: (object.__ne__(1, 1), object.__eq__(1, 2), object().__eq__(1)))
class Abs:
    def __abs__(self): return "abs"
    def __neg__(self): return "neg"
    def __invert__(self): return "inv"
t("unary", lambda: (abs(Abs()), -Abs(), ~Abs()))
t("int NI", lambda: (int.__add__(1, 1.5), (3).__lt__("a"), float.__eq__(1.0, "x")))
class Rev:
    def __reversed__(self): return iter("rev")
    def __len__(self): return 0
t("reversed", lambda: list(reversed(Rev())))
class Ms(dict):
    def __missing__(self, k): return "missing " + str(k)
t("missing get", lambda: (Ms()["a"], Ms().get("a")))
t("super builtin value", lambda: (super(int, 5).__add__(1), super(int, True).bit_length(), repr(super(int, 5))))
t("range reprs", lambda: (range(4), [range(1, 5, 2)], (range(0),)))
t("slice exprs", lambda: (Gi()[::2, 1:], Gi()[1:2:3]))
