# Every callback below allocates heavily (churn), so a garbage collection runs while the
# runtime function that called it still holds values: they must be rooted across the call.
# SMALL batches of 50 small objects (tuple, str, list) per churn call: under HOTPY_GC_STRESS
# each batch means dozens of collections inside the callback; raise it for a heavier run.
SMALL = 1
# Repeats of a throwaway string per churn call (a few hundred KB): cheap to build and to verify, but
# it pushes the default heaps to collect every few callbacks.
BIG = 50000
KEEP = []
TAGS = set()


def churn(tag):
    TAGS.add(tag)
    kept = None
    for j in range(SMALL):
        batch = [(tag, k, str(k * 7), [k]) for k in range(8)]
        kept = batch[(j * 7) % 8]
    KEEP.append(kept)
    if len(KEEP) > 64:
        del KEEP[:32]
    big = (tag + ".") * BIG
    return len(big)


def keep_ok():
    return all(t[0] in TAGS and t[2] == str(t[1] * 7) and t[3] == [t[1]] for t in KEEP)


def show(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        result = "raised " + type(e).__name__
    print(label, result)


class B:
    """__bool__ and __len__ allocate heavily."""

    def __init__(self, v):
        self.v = v

    def __bool__(self):
        churn("bool")
        return self.v % 3 != 0

    def __repr__(self):
        return "B" + str(self.v)


class Sized:
    """Truth from __len__ alone."""

    def __init__(self, n):
        self.n = n

    def __len__(self):
        churn("len")
        return self.n

    def __repr__(self):
        return "S" + str(self.n)


class Num:
    """Unary operators, int() and hash() allocate heavily and return fresh values."""

    def __init__(self, v):
        self.v = v

    def __int__(self):
        churn("int")
        return self.v * 1000 + 7

    def __neg__(self):
        churn("neg")
        return Num(-self.v)

    def __pos__(self):
        churn("pos")
        return ("pos", self.v)

    def __invert__(self):
        churn("inv")
        return [~self.v]

    def __abs__(self):
        churn("abs")
        return Num(abs(self.v))

    def __hash__(self):
        churn("hash")
        return self.v * 31

    def __eq__(self, other):
        churn("eq")
        return isinstance(other, Num) and other.v == self.v

    def __repr__(self):
        return "N" + str(self.v)


bs = [B(i) for i in range(12)]
ss = [Sized(i % 3) for i in range(9)]

# bool() / not / if / while / conditional expressions
print("bool", [bool(b) for b in bs])
print("not", [not b for b in bs[:6]], [not s for s in ss[:3]])
print("if", ["t" if b else "f" for b in bs])
hits = []
for b in bs:
    if b:
        hits.append(b.v)
    elif not b:
        hits.append(-b.v)
print("if/elif", hits)
count = 0
w = [B(1), B(2), B(4), B(3), B(5)]
while w[count]:
    count += 1
print("while", count)
print("and/or", [repr(b and "x") for b in bs[:4]], [repr(b or "y") for b in bs[:4]])
print("and chain", B(1) and B(2) and B(3) and B(4), B(3) or B(6) or B(7))
print("ternary nested", [("a" if b else "b") if s else "c" for b, s in zip(bs, ss)])

# len() and truth through __len__
print("len", [len(s) for s in ss], len(Sized(12345)))
print("len truth", [bool(s) for s in ss], ["y" if s else "n" for s in ss])
show("len negative", lambda: len(Sized(-1)))

# builtins that test truth
print("filter None", list(filter(None, bs)), list(filter(None, ss)))
print("any/all", any(bs[:1]), any(bs[:2]), all(bs[1:3]), all(bs[1:4]), any(ss), all(ss))
print("comprehension if", [b.v for b in bs if b and not Sized(b.v % 2)])
print("sorted by truth", sorted(bs, key=bool))
print("count truth", sum(1 for b in bs if b), len([s for s in ss if s]))
print("truth list", [b.v * 2 for b in bs if b])

# unary operators and int()
ns = [Num(i - 3) for i in range(7)]
print("neg", [-n for n in ns])
print("pos", [+n for n in ns[:3]])
print("invert", [~n for n in ns[:3]])
print("abs", [abs(n) for n in ns])
print("int", [int(n) for n in ns])
print("chained unary", -(-Num(5)), abs(-Num(6)), -abs(Num(-7)))

# hash()
print("hash", [hash(n) for n in ns])
print("hash tuple", hash((Num(1), Num(2))) == hash((Num(1), Num(2))), hash(Num(2)) == 62)
hd = {Num(i): str(i) for i in range(10)}
print("hash dict", [hd[Num(i)] for i in range(0, 10, 3)], Num(11) in hd)

# truth of builtin containers holding these objects does not call back
print("container truth", bool([B(0)]), bool((Sized(0),)), bool({Num(1): 1}), not [])

print("keep ok", keep_ok())
