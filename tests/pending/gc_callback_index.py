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


class I:
    """__index__ allocates heavily."""

    def __init__(self, v):
        self.v = v

    def __index__(self):
        churn("index")
        return self.v

    def __repr__(self):
        return "I" + str(self.v)


L = [("item", i, str(i)) for i in range(20)]
T = tuple(range(100, 120))
S = "abcdefghijklmnopqrst"

show("list subscript", lambda: [L[I(i)][1] for i in range(0, 20, 4)])
show("tuple subscript", lambda: [T[I(i)] for i in (0, 5, -1)])
show("str subscript", lambda: "".join(S[I(i)] for i in range(0, 20, 3)))
show("negative", lambda: (L[I(-2)][2], T[I(-20)]))
show("out of range", lambda: L[I(20)])
show("list slice", lambda: [x[1] for x in L[I(2):I(8):I(2)]])
show("tuple slice", lambda: T[I(15):])
show("str slice", lambda: (S[:I(5)], S[I(3):I(10):I(3)], S[::I(-4)]))
show("slice object", lambda: L[slice(I(1), I(4))])
show("slice.indices", lambda: slice(I(1), I(30), I(2)).indices(I(10)))

def assign():
    M = list(range(10))
    M[I(0)] = "zero"
    M[I(2):I(5)] = ["a", "b"]
    del M[I(1)]
    del M[I(3):I(5)]
    return M

show("setitem/delitem", assign)
show("range", lambda: (list(range(I(4))), list(range(I(2), I(12), I(3))), len(range(I(50)))))
show("range index", lambda: range(100)[I(7)])
show("hex/bin/oct", lambda: (hex(I(255)), bin(I(5)), oct(I(64))))
show("operator.index", lambda: [operator.index(I(i)) for i in range(3)])
show("sequence repeat", lambda: ([0, 1] * I(3), "ab" * I(2), I(2) * (1,)))
show("list.pop/insert", lambda: (lambda M: (M.pop(I(1)), M.insert(I(0), "x"), M))(list("wxyz")))
show("bytes/bytearray", lambda: (bytes([I(65), I(66)]), bytearray(I(3))))
show("int()", lambda: int(I(42)))
show("percent format", lambda: "%x %o %d" % (I(10), I(8), I(3)))
show("round digits", lambda: round(3.14159, I(2)))
show("str methods", lambda: ("abcabc".find("c", I(3)), "abc".center(I(7), "*"), "x".zfill(I(4))))
show("list index bounds", lambda: [3, 4, 5, 3].index(3, I(1)))
show("nested", lambda: [[L[I(i)][I(1)] for i in range(j)] for j in range(4)])

print("keep ok", keep_ok())
