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
    """Hash, equality, ordering and repr all allocate heavily."""

    def __init__(self, v):
        self.v = v

    def __hash__(self):
        churn("hash")
        return self.v % 5

    def __eq__(self, other):
        churn("eq")
        return isinstance(other, K) and self.v == other.v

    def __lt__(self, other):
        churn("lt")
        return self.v < other.v

    def __repr__(self):
        churn("repr")
        return "K" + str(self.v)


def build(n):
    """A structure mixing dicts, tuples, lists, sets and frozensets of K."""
    return {
        (K(i), "t" + str(i)): {
            "list": [K(i), (K(i + 1), [K(i + 2)])],
            "set": frozenset([K(i), K(i * 2)]),
            "map": {K(j): (K(j), j) for j in range(i % 4)},
        }
        for i in range(n)
    }


s1 = build(10)
s2 = build(10)
print("equal structures", s1 == s2, s1 != s2)
s2[(K(3), "t3")]["list"][1][1].append(K(99))
print("after change", s1 == s2, s1[(K(3), "t3")] == s2[(K(3), "t3")])
print("lookup", s1[(K(7), "t7")]["map"][K(2)], (K(4), "t4") in s1, (K(4), "t5") in s1)
print("repr", repr(s1[(K(2), "t2")]["list"]), repr(s1[(K(2), "t2")]["map"]), sorted(s1[(K(2), "t2")]["set"]))
print("repr keys", list(s1)[:3])

# a dict of tuples of keys, rebuilt and compared through many callbacks
index = {}
for i in range(16):
    key = (K(i % 4), (K(i % 3), K(i % 2)))
    index.setdefault(key, []).append(K(i))
print("index", len(index), sorted(index[(K(1), (K(1), K(1)))]), sorted(index[(K(0), (K(0), K(0)))]))
print("index keys sorted", sorted(index)[:4])

# sets of tuples, frozensets of frozensets, set algebra over them
ts = {(K(i), K(i + 1)) for i in range(10)}
us = {(K(i), K(i + 1)) for i in range(5, 15)}
print("set algebra", sorted(ts & us), len(ts | us), sorted(ts - us)[:2], len(ts ^ us))
ff = frozenset(frozenset([K(i), K(i + 5)]) for i in range(6))
gg = frozenset(frozenset([K(i + 5), K(i)]) for i in range(5, -1, -1))
print("frozen of frozen", ff == gg, hash(ff) == hash(gg), frozenset([K(7), K(2)]) in ff)

# lists of dicts: membership, count, index, sort by a key that returns nested tuples
rows = [{"id": K(i % 6), "tags": (K(i % 2), K(i % 3))} for i in range(12)]
probe = {"id": K(2), "tags": (K(0), K(2))}
print("list of dicts", probe in rows, rows.count(probe), rows.index(probe))
print("sorted rows", [r["id"] for r in sorted(rows, key=lambda r: (r["tags"], r["id"]))])
print("dedupe", sorted({(r["id"], r["tags"]) for r in rows}))

# grouping with dict.get / setdefault and tuple keys, then comparing groups
groups = {}
for i in range(18):
    k = (K(i % 3), K(i % 2))
    groups[k] = groups.get(k, ()) + (K(i),)
print("groups", [(k, len(v)) for k, v in groups.items()])
print("groups equal", groups == {k: tuple(v) for k, v in groups.items()})

# deep copies by comprehension, then equality with changes at the bottom
deep = [[{K(i): [(K(j),) for j in range(3)]} for i in range(3)] for _ in range(2)]
copy = [[{k: [tuple(t) for t in v] for k, v in d.items()} for d in row] for row in deep]
print("deep equal", deep == copy)
copy[1][2][K(2)][2] = (K(-1),)
print("deep changed", deep == copy, deep[0] == copy[0], deep[1][:2] == copy[1][:2])

# dict with K keys whose values are sets containing the keys
cyc = {}
for i in range(8):
    cyc[K(i)] = {K(i), K((i + 1) % 8)}
print("cycle", all(K(i) in cyc[K(i)] for i in range(8)), sum(K((i + 1) % 8) in cyc[K(i)] for i in range(8)))

# str of the whole thing (repr of each element calls back)
small = {(K(1), K(2)): [K(3), {K(4): [(K(5),)]}], "x": (K(6),)}
print("nested repr", small)

print("keep ok", keep_ok())
