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


class Acc:
    """In-place operators, divmod, round, float and friends allocate heavily."""

    def __init__(self, items):
        self.items = items

    def __iadd__(self, other):
        churn("iadd")
        self.items = self.items + [("+", other)]
        return self

    def __isub__(self, other):
        churn("isub")
        self.items = self.items + [("-", other)]
        return self

    def __imul__(self, other):
        churn("imul")
        self.items = self.items * other
        return self

    def __ior__(self, other):
        churn("ior")
        self.items = self.items + [("|", other)]
        return self

    def __repr__(self):
        return "Acc" + repr(self.items)


class Num:
    def __init__(self, v):
        self.v = v

    def __divmod__(self, other):
        churn("divmod")
        return (Num(self.v // other), Num(self.v % other))

    def __rdivmod__(self, other):
        churn("rdivmod")
        return ("r", other, self.v)

    def __round__(self, ndigits=None):
        churn("round")
        return ("round", self.v, ndigits)

    def __float__(self):
        churn("float")
        return self.v + 0.5

    def __trunc__(self):
        churn("trunc")
        return self.v

    def __floor__(self):
        churn("floor")
        return self.v - 1

    def __ceil__(self):
        churn("ceil")
        return self.v + 1

    def __repr__(self):
        return "Num(" + repr(self.v) + ")"


def iadd():
    a = Acc([])
    for i in range(5):
        a += i
        a -= str(i)
    a |= "x"
    return a

show("iadd/isub/ior", iadd)

def imul():
    a = Acc([1, 2])
    a *= 3
    return a

show("imul", imul)

def targets():
    lst = [Acc([]), Acc([])]
    lst[1] += "L"
    d = {"k": Acc([])}
    d["k"] += "D"
    class H:
        pass
    h = H()
    h.a = Acc([])
    h.a += "A"
    return (lst, d, h.a)

show("iadd targets", targets)
show("divmod", lambda: (divmod(Num(17), 5), divmod(3, Num(4))))
show("round", lambda: (round(Num(2)), round(Num(3), 1)))
show("float", lambda: (float(Num(2)), [float(Num(i)) for i in range(3)]))
import math
show("math", lambda: (math.trunc(Num(7)), math.floor(Num(7)), math.ceil(Num(7))))

print("keep ok", keep_ok())
