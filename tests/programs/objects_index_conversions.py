# __index__ (and int()'s __int__/__index__ order) where CPython takes an int: int(), bytes(),
# %-formats, sequence repeat, slice.indices, str method positions and widths, list.index bounds.
class I:
    def __init__(self, v): self.v = v
    def __index__(self): return self.v
class N:
    def __int__(self): return 'x'
print(int(I(42)), bytes([I(65), I(66)]), "%x %o %d %c" % (I(255), I(8), I(3), I(65)))
print([0, 1] * I(2), I(2) * "ab", (1,) * I(3), slice(I(1), I(30), I(2)).indices(I(10)))
print("abcabc".find("c", I(3)), "abc".center(I(7), "*"), "x".zfill(I(4)), [3, 4, 5, 3].index(3, I(1)))
for f in [lambda: int(N()), lambda: [1] * 1.5, lambda: "a" * I(-1), lambda: bytes([I(300)])]:
    try: print(repr(f()))
    except Exception as e: print(type(e).__name__, e)
