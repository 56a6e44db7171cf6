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


class It:
    """An iterable whose __iter__ and __next__ allocate heavily and yield fresh tuples."""

    def __init__(self, n, start=0):
        self.n = n
        self.start = start

    def __iter__(self):
        churn("iter")
        return Cursor(self.start, self.start + self.n)


class Cursor:
    def __init__(self, i, stop):
        self.i = i
        self.stop = stop

    def __iter__(self):
        return self

    def __next__(self):
        churn("next")
        if self.i >= self.stop:
            raise StopIteration
        self.i += 1
        return (self.i - 1, "v" + str(self.i - 1))


class Seq:
    """Old-style iteration through __getitem__ until IndexError."""

    def __init__(self, n):
        self.n = n

    def __getitem__(self, i):
        churn("getitem")
        if i >= self.n:
            raise IndexError(i)
        return [i, str(i * i)]

    def __len__(self):
        churn("len")
        return self.n


def firsts(pairs):
    return [p[0] for p in pairs]


# for loops, including nested loops and break
total = 0
seen = []
for i, s in It(12):
    total += i
    seen.append(s)
    for j, t in It(3, i):
        total += j
print("for", total, seen)
for i, s in It(100):
    if i == 7:
        print("break at", s)
        break

# constructors consuming an iterator
print("list", list(It(6)))
print("tuple", tuple(It(5, 10)))
print("set", sorted(set(It(6))))
print("frozenset", sorted(frozenset(p[0] for p in It(6))))
print("dict", dict(It(6)))
print("dict comp", {s: i for i, s in It(5)})
print("list comp", [s * 2 for i, s in It(5) if i % 2])
print("nested comp", [(a, b) for a, _ in It(3) for b, _ in It(2, a)])
print("generator", list(s for i, s in It(4)), sum(i for i, s in It(20)))

# builtins consuming iterables
print("zip", list(zip(It(4), It(3, 100), "abcd")))
print("enumerate", list(enumerate(It(4), 1)))
print("map", list(map(lambda p: p[1].upper(), It(4))), list(map(lambda a, b: a[0] + b[0], It(3), It(3, 10))))
print("filter", list(filter(lambda p: p[0] % 3 == 0, It(10))))
print("sorted", sorted(It(6), key=lambda p: -p[0]), sorted(It(3), reverse=True))
print("min/max", min(It(5, 3)), max(It(5, 3)), max(It(5), key=lambda p: p[1]))
print("any/all", any(p[0] > 3 for p in It(6)), all(p[0] < 3 for p in It(6)), any(It(0)), all(It(0)))
print("sum", sum(p[0] for p in It(10)), sum((list(p) for p in It(3)), []))
print("reversed list", list(reversed(list(It(4)))))
print("str.join", "-".join(s for i, s in It(6)), "".join(map(lambda p: p[1], It(3))))
L = ["x"]
L.extend(It(3))
L += It(2, 50)
print("extend", L)
print("in", (3, "v3") in It(6), (9, "v9") in It(6), (2, "v2") not in It(3))
print("dict.fromkeys", dict.fromkeys(It(3)))
d = {}
d.update(It(4))
print("dict.update", d)
s = set()
s.update(It(4))
print("set.update", sorted(s))

# unpacking
a, b, c = It(3)
print("unpack", a, b, c)
first, *rest = It(5)
print("star unpack", first, rest)
*init, last = It(4, 10)
print("star unpack end", init, last)
(p, q), r = It(2)
print("nested unpack", p, q, r)
def unpack2(it):
    a, b = it
    return a

show("unpack too many", lambda: unpack2(It(4)))
show("unpack too few", lambda: unpack2(It(1)))

def f(*args, **kwargs):
    return (len(args), args[-1] if args else None, sorted(kwargs))

print("*args", f(*It(5)), f(0, *It(2), *It(2, 7), k=1))
print("display", [*It(2), *It(2, 5)], (*It(2),), sorted({*It(3)}))

# generators driven by builtins
def gen(n):
    for i, s in It(n):
        churn("gen")
        yield s + "!"

print("gen", list(gen(4)), "".join(gen(3)), max(gen(5)))
def deleg(n):
    yield from It(n)
    yield from gen(2)
print("yield from", list(deleg(3)))

# old-style __getitem__ iteration and len()
print("seq list", list(Seq(5)), len(Seq(7)))
print("seq for", [x[1] for x in Seq(6)])
print("seq in", [2, "4"] in Seq(4), [9, "81"] in Seq(4))
print("seq unpack", (lambda a, b, c: (a, c))(*Seq(3)))
print("seq zip", list(zip(Seq(3), It(5))))

# iter()/next() directly, with defaults
cur = iter(It(3))
print("next", next(cur), next(cur), next(cur), next(cur, "done"))
show("next exhausted", lambda: next(cur))
si = iter(Seq(2))
print("seq next", next(si), next(si), next(si, None))

print("keep ok", keep_ok())
