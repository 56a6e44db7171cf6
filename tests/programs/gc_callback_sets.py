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


class K:
    """A set element whose __hash__/__eq__ allocate heavily; hashes collide (v % 13)."""

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        churn("hash")
        return self.v % 13

    def __eq__(self, other):
        churn("eq")
        if not isinstance(other, K):
            return NotImplemented
        return self.v == other.v

    def __repr__(self):
        return "K" + str(self.v)


def vs(s):
    """A set's contents in a deterministic order."""
    return sorted(k.v if isinstance(k, K) else k for k in s)


# add / in / len, fresh elements each time
s = set()
for i in range(25):
    s.add(K(i))
    s.add(K(i // 2))
print("add", len(s), vs(s))
print("in", [K(i) in s for i in (0, 6, 13, 24, 25, 30)])
print("not in", K(3) not in s, K(99) not in s)

# remove / discard
for i in range(0, 25, 4):
    s.remove(K(i))
for i in range(1, 40, 5):
    s.discard(K(i))
print("remove/discard", len(s), vs(s))
show("remove-missing", lambda: s.remove(K(0)))

# set displays, comprehensions, set() from a list with duplicates
disp = {K(1), K(8), K(1), K(15), K(8)}
print("display", vs(disp))
comp = {K(i % 9) for i in range(30)}
print("comprehension", vs(comp))
fromlist = set([K(i % 6) for i in range(20)])
print("set(list)", vs(fromlist))

# the binary operations, both operator and method forms
a = {K(i) for i in range(0, 14)}
b = {K(i) for i in range(7, 21)}
print("union", vs(a | b), vs(a.union([K(50), K(3)])))
print("intersection", vs(a & b), vs(a.intersection(K(i) for i in range(10, 30))))
print("difference", vs(a - b), vs(a.difference([K(i) for i in range(5)])))
print("symmetric", vs(a ^ b), vs(a.symmetric_difference({K(0), K(40)})))
c = set(a)
c |= {K(100), K(1)}
c &= {K(i) for i in range(0, 101, 4)} | {K(2), K(6), K(10)}
c -= {K(4)}
c ^= {K(6), K(7)}
print("in-place", vs(c))
c.update([K(i) for i in range(60, 64)])
c.intersection_update([K(i) for i in range(0, 70, 6)] + [K(3), K(63)])
c.difference_update([K(0)])
c.symmetric_difference_update([K(1), K(3)])
print("update methods", vs(c))

# comparisons
small = {K(i) for i in range(5)}
big = {K(i) for i in range(10)}
print("subset", small <= big, small < big, big >= small, big > small, big <= small)
print("isdisjoint", small.isdisjoint({K(i) for i in range(5, 9)}), small.isdisjoint({K(4)}))
print("issubset", small.issubset([K(i) for i in range(12)]), big.issuperset(K(i) for i in range(3)))
print("set ==", small == {K(i) for i in range(4, -1, -1)}, small == {K(i) for i in range(1, 6)}, small != big)

# frozensets: hashing them, frozensets in sets and as dict keys
f1 = frozenset(K(i) for i in range(6))
f2 = frozenset(K(i) for i in range(5, -1, -1))
print("frozen ==", f1 == f2, hash(f1) == hash(f2), f1 == small)
fs = {frozenset([K(i), K(i + 1)]) for i in range(10)}
print("set of frozensets", len(fs), frozenset([K(4), K(3)]) in fs, frozenset([K(4), K(2)]) in fs)
fd = {frozenset([K(i), K(2 * i)]): i for i in range(8)}
print("frozenset keys", [fd[frozenset([K(2 * i), K(i)])] for i in range(8)])
print("frozen ops", vs(f1 | {K(20)}), vs(f1 & {K(2), K(30)}), vs(f1 - {K(0)}), type(f1 - {K(0)}).__name__)

# nested: sets of tuples of elements, dict of sets
ts = {(K(i), K(i % 3)) for i in range(15)}
print("set of tuples", len(ts), (K(4), K(1)) in ts, (K(4), K(2)) in ts)
groups = {}
for i in range(20):
    groups.setdefault(K(i % 4), set()).add(K(i))
print("dict of sets", [(k.v, vs(g)) for k, g in groups.items()])

# pop / copy / clear
p = {K(3)}
print("pop", p.pop(), len(p))
cp = big.copy()
cp.clear()
print("copy/clear", len(cp), len(big))

print("keep ok", keep_ok())
