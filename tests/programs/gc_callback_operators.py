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

import operator


class V:
    """Arithmetic, bitwise and comparison dunders allocate heavily and return fresh objects."""

    def __init__(self, x, hist=()):
        self.x = x
        self.hist = hist

    def _o(self, other):
        return other.x if isinstance(other, V) else other

    def _new(self, x, op):
        churn(op)
        return V(x, self.hist + (op,))

    def __add__(self, o): return self._new(self.x + self._o(o), "+")
    def __radd__(self, o): return self._new(o + self.x, "r+")
    def __sub__(self, o): return self._new(self.x - self._o(o), "-")
    def __rsub__(self, o): return self._new(o - self.x, "r-")
    def __mul__(self, o): return self._new(self.x * self._o(o), "*")
    def __rmul__(self, o): return self._new(o * self.x, "r*")
    def __truediv__(self, o): return self._new(self.x // self._o(o), "/")
    def __floordiv__(self, o): return self._new(self.x // self._o(o), "//")
    def __mod__(self, o): return self._new(self.x % self._o(o), "%")
    def __rmod__(self, o): return self._new(o % self.x, "r%")
    def __pow__(self, o): return self._new(self.x ** self._o(o), "**")
    def __and__(self, o): return self._new(self.x & self._o(o), "&")
    def __or__(self, o): return self._new(self.x | self._o(o), "|")
    def __xor__(self, o): return self._new(self.x ^ self._o(o), "^")
    def __rxor__(self, o): return self._new(o ^ self.x, "r^")
    def __lshift__(self, o): return self._new(self.x << self._o(o), "<<")
    def __rshift__(self, o): return self._new(self.x >> self._o(o), ">>")
    def __matmul__(self, o): return self._new(self.x * 100 + self._o(o), "@")
    def __neg__(self): return self._new(-self.x, "neg")

    def __eq__(self, o):
        churn("==")
        return isinstance(o, V) and self.x == o.x

    def __lt__(self, o):
        churn("<")
        return self.x < self._o(o)

    def __le__(self, o):
        churn("<=")
        return self.x <= self._o(o)

    def __gt__(self, o):
        churn(">")
        return self.x > self._o(o)

    def __ge__(self, o):
        churn(">=")
        return self.x >= self._o(o)

    __hash__ = None

    def __repr__(self):
        return "V(" + str(self.x) + ")"


class Box:
    """A container whose item protocol allocates heavily."""

    def __init__(self):
        self.store = {}

    def __getitem__(self, key):
        churn("get")
        if isinstance(key, slice):
            return ("slice", key.start, key.stop, key.step)
        if key not in self.store:
            raise KeyError(key)
        return self.store[key]

    def __setitem__(self, key, value):
        churn("set")
        self.store[key] = (value, [key])

    def __delitem__(self, key):
        churn("del")
        del self.store[key]

    def __contains__(self, key):
        churn("contains")
        return key in self.store

    def __len__(self):
        churn("len")
        return len(self.store)


a, b = V(6), V(4)
print("arith", a + b, a - b, a * b, a / b, a // b, a % b, a ** V(2), a @ b)
print("bits", a & b, a | b, a ^ b, a << V(1), a >> V(1), -a)
print("reflected", 1 + a, 10 - a, 3 * a, 20 % a, 5 ^ a)
print("mixed", a + 1, a * 2 - 3, (a + b) * (a - b))
expr = V(1)
for i in range(10):
    expr = expr * 2 + i - V(1)
print("loop expr", expr, len(expr.hist), expr.hist[:6])
acc = V(0)
for i in range(8):
    acc += V(i)
    acc -= 1
    acc *= 1
print("augmented", acc, acc.hist[-3:])
lst = [V(1), V(2)]
lst[0] += V(10)
dct = {"k": V(5)}
dct["k"] *= 3
class Holder:
    pass
h = Holder()
h.val = V(7)
h.val -= 2
print("augmented targets", lst, dct, h.val)

# comparisons, chains, reflected comparisons with ints
print("compare", a < b, a <= b, a > b, a >= b, a == V(6), a != V(6), a == 6)
print("reflected compare", 3 < a, 10 <= a, 10 > a, 6 >= a)
print("chains", V(1) < V(2) < V(3), V(1) < V(3) < V(2), V(5) >= V(5) > V(4) == V(4))
print("sorted", sorted([V(3), V(1), V(2)]), max(V(3), V(9), V(1)), min([V(5), V(2)]))

# operator module functions
print("operator", operator.add(a, b), operator.sub(1, a), operator.mul(a, 3), operator.neg(b), operator.mod(a, 4))
print("operator cmp", operator.lt(a, b), operator.ge(a, b), operator.eq(a, V(6)), operator.ne(a, b))
print("operator and/or", operator.and_(a, 3), operator.or_(a, 1), operator.xor(a, b), operator.pow(b, 2))
print("operator truth", operator.not_(V(0)), operator.truth(V(0)))

# item protocol
box = Box()
for i in range(8):
    box[i] = V(i * i)
box["s" + "x"] = [V(1)]
print("setitem/getitem", box[3], box[7][0], box["sx"])
print("slices", box[1:5], box[::2], box[:-1:3], box[a.x:])
print("contains", 3 in box, 30 in box, 5 not in box, "sx" in box)
del box[2]
del box["sx"]
print("delitem", len(box), 2 in box, sorted(box.store))
show("getitem missing", lambda: box[99])
box[1] = box[1][0] + V(100)
print("read-modify-write", box[1])
print("operator items", operator.getitem(box, 4), operator.contains(box, 4), operator.itemgetter(5, 6)(box))
box[10] = "ten"
del box[0]
print("setitem/delitem again", box[10], 0 in box, len(box))
print("itemgetter on lists", list(map(operator.itemgetter(0), [box[k] for k in (3, 4)])))
print("attrgetter", operator.attrgetter("x")(a), list(map(operator.attrgetter("x"), [a, b])))
print("methodcaller", operator.methodcaller("__add__", 5)(a), list(map(operator.methodcaller("__mul__", 2), [a, b])))

# getitem on builtin containers holding V as keys/values while callbacks run
table = [[V(r * c) for c in range(4)] for r in range(4)]
print("table", [row[2] + row[3] for row in table], sum((row[1] for row in table), V(0)))

print("keep ok", keep_ok())
