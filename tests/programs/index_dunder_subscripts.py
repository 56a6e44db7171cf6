# An object with __index__ indexes and slices lists, tuples, strs, bytes and ranges (get,
# set, delete), and is an int to hex/bin/oct, range() and operator.index, as in CPython; a
# dict keeps it as its key; a bad __index__ is a TypeError.
class I:
    def __init__(self, v):
        self.v = v

    def __index__(self):
        return self.v

    def __hash__(self):
        return hash(("I", self.v))

    def __eq__(self, other):
        return isinstance(other, I) and other.v == self.v


class Bad:
    def __index__(self):
        return "no"


L = list(range(10))
T = tuple("abcdefghij")
S = "abcdefghij"
B = b"abcdefghij"
R = range(100, 110)
print(L[I(3)], T[I(-1)], S[I(2)], B[I(0)], R[I(4)])
print(L[I(2):I(8):I(2)], T[I(7):], S[:I(3)], B[I(1):I(3)], S[::I(-3)])
print(L[slice(I(1), I(4))], S[slice(None, None, I(2))])
M = list(range(10))
M[I(0)] = "zero"
M[I(1):I(3)] = ["a", "b"]
del M[I(-1)]
del M[I(4):I(6)]
M[I(0):I(4):I(2)] = ["x", "y"]
print(M)
d = {I(1): "one", 1: "int one"}
print(d[I(1)], d[1])
for f in [lambda: L[I(20)], lambda: L[Bad()], lambda: S[I(1):Bad()], lambda: T[object()]]:
    try:
        print(f())
    except (IndexError, TypeError) as e:
        print(type(e).__name__ + ":", e)
import operator

print(hex(I(255)), bin(I(5)), oct(I(64)), list(range(I(4))), list(range(I(2), I(12), I(3))), len(range(I(50))))
print([operator.index(I(i)) for i in range(3)], operator.index(True), operator.index(7))
for f in [lambda: operator.index(1.5), lambda: hex(1.5), lambda: range(I(1), "x")]:
    try: f()
    except TypeError as e: print("TypeError:", e)
M = list("wxyz")
print(M.pop(I(1)), M.insert(I(0), "x"), M, M.pop(I(-1)), round(3.14159, I(2)), round(1234, I(-2)))
try:
    M.pop(Bad())
except TypeError as e:
    print("TypeError:", e)
