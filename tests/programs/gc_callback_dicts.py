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
    """A key whose __hash__ and __eq__ allocate heavily; hashes collide (v % 11)."""

    def __init__(self, v):
        self.v = v
        self.label = "k" + str(v)

    def __hash__(self):
        churn("hash")
        return self.v % 11

    def __eq__(self, other):
        churn("eq")
        if not isinstance(other, K):
            return NotImplemented
        return self.v == other.v

    def __ne__(self, other):
        churn("ne")
        if not isinstance(other, K):
            return NotImplemented
        return self.v != other.v

    def __repr__(self):
        return "K(" + str(self.v) + ")"


class V:
    """A value whose __eq__ allocates (dict equality compares values)."""

    def __init__(self, n):
        self.n = n

    def __eq__(self, other):
        churn("veq")
        return isinstance(other, V) and self.n == other.n

    def __repr__(self):
        return "V" + str(self.n)


N = 30

# set and get, fresh keys each time (only the runtime holds them)
d = {}
for i in range(N):
    d[K(i)] = ("val", i, str(i))
print("len", len(d))
print("get", [d[K(i)][1] for i in range(0, N, 3)])
show("get-missing", lambda: d[K(N + 5)])
print("dict.get", d.get(K(7)), d.get(K(99), "dflt"), d.get(K(14), None))
print("in", [K(i) in d for i in (0, 5, 11, 29, 30, 41)])
print("not in", K(3) not in d, K(77) not in d)

# overwrite existing keys (the old key stays, the value changes)
for i in range(0, N, 2):
    d[K(i)] = ("new", i * 100)
print("overwritten", [d[K(i)] for i in range(0, 8)])
print("keys kept", [k.label for k in list(d)[:6]])

# delete
for i in range(0, N, 3):
    del d[K(i)]
print("after del", len(d), sorted(k.v for k in d))
def del_missing():
    del d[K(0)]

show("del-missing", del_missing)

# setdefault / pop / popitem
print("setdefault", d.setdefault(K(1), "no"), d.setdefault(K(0), ("sd", 0)), d[K(0)])
print("pop", d.pop(K(1)), d.pop(K(1), "gone"), d.pop(K(200), None))
show("pop-missing", lambda: d.pop(K(201)))
k, v = d.popitem()
print("popitem", k, v, len(d))

# update from dict, from pairs, from keyword-less list of tuples
e = {K(i): i for i in range(40, 48)}
d.update(e)
d.update([(K(i), -i) for i in range(44, 52)])
print("update", len(d), [d[K(i)] for i in range(40, 52)])

# fromkeys, copy, equality (keys and values compared by callbacks)
f = dict.fromkeys([K(i) for i in range(12)], "fk")
g = dict.fromkeys(K(i) for i in range(11, -1, -1))
print("fromkeys", len(f), len(g), f[K(5)], g[K(5)])
print("eq keys", set(f.keys()) == set(g.keys()), f == dict.fromkeys([K(i) for i in range(12)], "fk"))
h1 = {K(i): V(i) for i in range(15)}
h2 = {K(i): V(i) for i in range(14, -1, -1)}
h3 = {K(i): V(i if i != 9 else -9) for i in range(15)}
print("dict ==", h1 == h2, h1 == h3, h1 != h3, h2 != h1)
c = h1.copy()
print("copy", c == h1, len(c), c[K(3)])

# dict displays with duplicate keys: the later value wins, the first key stays
disp = {K(1): "a", K(2): "b", K(1): "c", K(12): "d", K(2): "e"}
print("display", disp)
comp = {K(i % 7): i for i in range(20)}
print("comprehension", comp)

# nested: a dict of tuples of keys, tuple keys hash and compare their items
tk = {}
for i in range(12):
    tk[(K(i), K(i + 1), "s" + str(i))] = [K(i)]
print("tuple keys", [tk[(K(i), K(i + 1), "s" + str(i))] for i in range(0, 12, 4)])
print("tuple key in", (K(3), K(4), "s3") in tk, (K(3), K(5), "s3") in tk)
nested = {K(i): {K(j): (K(i), K(j)) for j in range(3)} for i in range(4)}
print("nested", nested[K(2)][K(1)], K(0) in nested[K(3)], nested == {K(i): {K(j): (K(i), K(j)) for j in range(3)} for i in range(4)})

# ** in calls and displays (str keys, values with callbacks)
def kw(**kwargs):
    return sorted((name, val.v) for name, val in kwargs.items())

base = {"a" + str(i): K(i) for i in range(6)}
print("**call", kw(**base), kw(x=K(9), **{"y": K(10)}))
merged = {**{K(i): i for i in range(5)}, **{K(i): -i for i in range(3, 8)}}
print("**display", merged)
print("| merge", {K(1): 1, K(2): 2} | {K(2): 22, K(3): 3})
m = {K(1): 1}
m |= {K(1): 11, K(13): 13}
print("|=", m)

# dict views
dv = {K(i): i for i in range(10)}
print("keys in", K(4) in dv.keys(), K(40) in dv.keys(), (K(4), 4) in dv.items(), (K(4), 5) in dv.items())
print("values", list(dv.values())[:5], "items", list(dv.items())[-2:])

# a dict subclass with __missing__ that allocates
class Auto(dict):
    def __missing__(self, key):
        churn("missing")
        self[key] = [key]
        return self[key]

a = Auto()
for i in range(10):
    a[K(i % 4)].append(i)
print("missing", a)

print("keep ok", keep_ok())
