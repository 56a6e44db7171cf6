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

import functools


class E:
    """Ordered by v only; w tells equal elements apart (checks stability)."""

    def __init__(self, v, w=0):
        self.v = v
        self.w = w

    def __lt__(self, other):
        churn("lt")
        return self.v < other.v

    def __gt__(self, other):
        churn("gt")
        return self.v > other.v

    def __eq__(self, other):
        churn("eq")
        return isinstance(other, E) and self.v == other.v

    def __repr__(self):
        return str(self.v) + ("" if not self.w else "." + str(self.w))


def scrambled(n, mod):
    return [E((i * 37) % mod, i) for i in range(n)]


def key_v(e):
    churn("key")
    return e.v


def key_tuple(e):
    churn("keyt")
    return (-e.v, str(e.w))


# list.sort with __lt__ (stable: equal v keep their order by w)
L = scrambled(26, 13)
L.sort()
print("sort", L)
L.sort(reverse=True)
print("sort reverse", L[:10])
# sorted over tuples, sets (ordered on ints via key), generators
print("sorted tuple", sorted(tuple(scrambled(20, 7))))
print("sorted gen", sorted(E(i * 5 % 11) for i in range(11)))

# key functions that allocate, returning fresh objects (ints, tuples, strs, E)
print("sorted key", sorted(scrambled(30, 10), key=key_v))
print("sorted key tuple", sorted(scrambled(16, 5), key=key_tuple))
print("sorted key lambda", sorted(scrambled(16, 6), key=lambda e: (churn("lam"), E(-e.v))[1]))
M = scrambled(25, 9)
M.sort(key=key_v, reverse=True)
print("list.sort key reverse", M)
words = ["w" + str((i * 13) % 17) for i in range(17)]
print("sorted strs key", sorted(words, key=lambda s: (churn("s"), len(s), s)[1:]))

# cmp_to_key with an allocating comparison
def cmp(a, b):
    churn("cmp")
    return (a.v > b.v) - (a.v < b.v)

print("cmp_to_key", sorted(scrambled(20, 8), key=functools.cmp_to_key(cmp)))

# min / max with and without key, with default
S = scrambled(20, 17)
print("min/max", min(S), max(S), min(S, key=key_v), max(S, key=key_v))
print("min/max args", min(E(4), E(2), E(9)), max(E(4), E(2), E(9), key=key_v))
print("min/max gen", min(E(i % 7) for i in range(3, 15)), max((E(i % 7) for i in range(20)), key=key_tuple))
print("min default", min([], default="none"), max([], key=key_v, default=E(-1)))
print("max strs key", max(words, key=lambda s: (churn("m"), s[::-1])[1]))

# sum and friends with allocating __add__/__radd__
class Acc:
    def __init__(self, total, parts):
        self.total = total
        self.parts = parts

    def __add__(self, other):
        churn("add")
        o = other.total if isinstance(other, Acc) else other
        return Acc(self.total + o, self.parts + (o,))

    def __radd__(self, other):
        churn("radd")
        return Acc(other + self.total, (other,) + self.parts)

    def __repr__(self):
        return "Acc(" + str(self.total) + ", n=" + str(len(self.parts)) + ")"

print("sum", sum(Acc(i, (i,)) for i in range(12)), sum([Acc(1, ()), Acc(2, ())], Acc(100, ())))
print("reduce", functools.reduce(lambda a, b: a + b, [Acc(i, ()) for i in range(10)]))

# sorting lists of tuples / lists whose items compare by callbacks
pairs = [(E(i % 4), "p" + str(i), E(i % 3)) for i in range(15)]
print("sort tuples", sorted(pairs))
lists = [[E(i % 3), E(i % 2)] for i in range(8)]
lists.sort()
print("sort lists", lists)
recs = [{"k": E((i * 7) % 10), "i": i} for i in range(10)]
print("sort dicts by key", [r["i"] for r in sorted(recs, key=lambda r: r["k"])])

# sorted() of a dict (sorts its keys), of dict items by value
dd = {"a" + str(i): E((i * 3) % 8, i) for i in range(8)}
print("sorted dict items", sorted(dd.items(), key=lambda kv: (kv[1], kv[0])))

# sort must leave the list intact when the key raises mid-way
def bad_key(e):
    churn("bad")
    if e.v == 5:
        raise ValueError("five")
    return e.v

B = scrambled(12, 12)
show("sort raising key", lambda: B.sort(key=bad_key))
print("after raising sort", sorted(e.v for e in B))

print("keep ok", keep_ok())
