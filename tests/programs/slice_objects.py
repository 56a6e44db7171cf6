class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, s):
        if isinstance(s, slice):
            return [i * i for i in range(*s.indices(self.n))]
        if not 0 <= s < self.n:
            raise IndexError(s)
        return s * s
print(Squares(10)[2:8:2], Squares(10)[3], Squares(5)[::-1], Squares(4)[:])
s = slice(1, 10, 3)
print(s, s.start, s.stop, s.step, s.indices(5), slice(4), [0, 1, 2, 3, 4, 5][s], "abcdef"[slice(None, None, -2)])
class Rec:
    def __init__(self):
        self.log = []
    def __setitem__(self, k, v):
        self.log.append(("set", k.start, k.stop, v))
    def __delitem__(self, k):
        self.log.append(("del", k.start, k.stop, k.step))
r = Rec()
r[1:3] = "x"
del r[::2]
print(r.log, isinstance(s, slice), type(s).__name__)
print(slice(-3, None).indices(10), slice(None, None, -1).indices(4))
