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


class E:
    """Elements whose comparisons allocate heavily."""

    def __init__(self, v):
        self.v = v
        self.tag = ("e", v, str(v))

    def __eq__(self, other):
        churn("eq")
        if not isinstance(other, E):
            return NotImplemented
        return self.v == other.v

    def __ne__(self, other):
        churn("ne")
        if not isinstance(other, E):
            return NotImplemented
        return self.v != other.v

    def __lt__(self, other):
        churn("lt")
        return self.v < other.v

    def __le__(self, other):
        churn("le")
        return self.v <= other.v

    def __gt__(self, other):
        churn("gt")
        return self.v > other.v

    def __ge__(self, other):
        churn("ge")
        return self.v >= other.v

    def __hash__(self):
        churn("hash")
        return self.v

    def __repr__(self):
        return "E" + str(self.v)


N = 24
L = [E(i % 12) for i in range(N)]
T = tuple(E(i) for i in range(N))

# membership: the probe is fresh, only the runtime holds it
print("list in", [E(i) in L for i in (0, 5, 11, 12, 30)])
print("tuple in", [E(i) in T for i in (0, 7, 23, 24)])
print("not in", E(3) not in L, E(40) not in T)
print("range-ish in", [E(i) in [E(j) for j in range(i + 1)] for i in range(5)])

# index / count
print("list.index", [L.index(E(i)) for i in range(0, 12, 3)], L[6:].index(E(5)), L[3:20].index(E(2)))
print("tuple.index", [T.index(E(i)) for i in (0, 9, 23)])
show("index-missing", lambda: L.index(E(99)))
show("tuple-index-missing", lambda: T.index(E(-1)))
print("list.count", [L.count(E(i)) for i in (0, 6, 11, 12)])
print("tuple.count", T.count(E(4)), (E(1), E(1), E(2)).count(E(1)))

# remove
R = [E(i % 5) for i in range(15)]
for i in (3, 3, 0, 4):
    R.remove(E(i))
print("remove", R)
show("remove-missing", lambda: R.remove(E(77)))

# equality and ordering of lists and tuples (item by item callbacks)
A = [E(i) for i in range(10)]
B = [E(i) for i in range(10)]
C = [E(i) for i in range(9)] + [E(100)]
print("list ==", A == B, A == C, A != C, B != A)
print("list <", A < C, C < A, A <= B, A > C, C >= A, A[:5] < A)
TA, TC = tuple(A), tuple(C)
print("tuple ==", TA == tuple(B), TA == TC, TA != TC)
print("tuple <", TA < TC, TC > TA, TA <= TA, TC <= TA, TA[:3] < TA[:4])
print("nested ==", [(E(1), [E(2)]), {E(3): E(4)}] == [(E(1), [E(2)]), {E(3): E(4)}])
print("nested <", [(E(1), E(2)), (E(3), E(4))] < [(E(1), E(2)), (E(3), E(5))])

# tuple hashing calls each item's __hash__
print("tuple hash", hash((E(1), E(2), (E(3), "x"))) == hash((E(1), E(2), (E(3), "x"))))
tk = {(E(i), E(i + 1)): i for i in range(10)}
print("tuple keys", [tk[(E(i), E(i + 1))] for i in range(10)])

# comparisons in min/max and chained comparisons
print("chain", E(1) < E(2) < E(3), E(1) < E(3) < E(2), E(2) <= E(2) >= E(1), E(1) == E(1) != E(2))
print("max/min", max(L), min(T), max(E(3), E(9), E(1)), min([E(5), E(2), E(8)]))

# list methods that compare: in with duplicates, slices, concatenation compare
D = L[2:20:3] + list(T[::5])
print("slice+concat", D, D.count(E(2)), E(20) in D, D.index(E(20)))
print("reversed", list(reversed(T))[:4], T[::-1][:2] == (E(23), E(22)))

# insert/pop/del keep the list sane around compares
M = []
for i in range(12):
    M.insert(i // 2, E(i))
    if E(i - 3) in M:
        M.remove(E(i - 3))
print("insert/remove", M)
print("pop", M.pop(), M.pop(0), M)

# deque-like rotate through slices, compare after
Q = [E(i) for i in range(8)]
for _ in range(3):
    Q = Q[1:] + Q[:1]
print("rotate", Q == [E(3), E(4), E(5), E(6), E(7), E(0), E(1), E(2)])

print("keep ok", keep_ok())
