# dict(), dict.update(), {**m} and f(**m) read any mapping as CPython does: a dict (or a dict
# subclass keeping dict's __iter__) directly, anything else through keys() and __getitem__.

class M:
    def __init__(self):
        self.d = {"a": 1, "b": 2}

    def keys(self):
        return self.d.keys()

    def __getitem__(self, k):
        # Allocates, so that a collection can happen between two reads.
        junk = [str(i) * 3 for i in range(50)]
        return self.d[k] * 10 + len(junk) - 50

m = M()
print(dict(m))
print({**m})
print({**m, "c": 3, **{"a": 0}})

def f(**kw):
    return kw

print(f(**m))
d = {"z": 26}
d.update(m)
print(d)
d.update(m, b=5)
print(d)

class D(dict):
    def __iter__(self):
        return iter(["x"])

    def keys(self):
        return ["x"]

    def __getitem__(self, k):
        return 99

dd = D(a=1)
print(dict(dd), {**dd})

class E(dict):
    def keys(self):
        return ["zz"]

e = E(a=1)
print(dict(e), {**e}, sorted(e.items()))

# globals() is a live mapping of the module's names.
x_global = 42
snapshot = dict(globals())
print(snapshot["x_global"], "M" in snapshot, callable(snapshot["f"]))

class Broken:
    def keys(self):
        return ["k"]

    def __getitem__(self, k):
        raise LookupError("no " + k)

for attempt in (lambda: dict(Broken()), lambda: {**Broken()}, lambda: f(**Broken())):
    try:
        attempt()
    except LookupError as e:
        print("LookupError", e)

for bad in (lambda: dict(5), lambda: {**5}):
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)

# Pairs still work, and their errors are CPython's.
print(dict([("a", 1), ["b", 2]]), dict(zip("xy", (1, 2))))
try:
    dict([("a", 1, 2)])
except ValueError as e:
    print("ValueError", e)
import collections
print(dict(collections.OrderedDict(a=1)), dict(collections.Counter("aab")))
