class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]
    def __len__(self):
        return len(self.rows)
    def __getitem__(self, idx):
        if isinstance(idx, tuple):
            r, c = idx
            return self.rows[r][c]
        return self.rows[idx]
    def __setitem__(self, idx, value):
        r, c = idx
        self.rows[r][c] = value
    def __contains__(self, v):
        return any(v in row for row in self.rows)
    def __iter__(self):
        for row in self.rows:
            yield from row
    def __repr__(self):
        return "Matrix(" + repr(self.rows) + ")"
m = Matrix([[1, 2, 3], [4, 5, 6]])
print(len(m), m[1], m[0, 2], m[-1][-1])
m[1, 1] = 50
print(m, 50 in m, 5 in m)
print(list(m), sum(m), max(m))
class Seq:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError(i)
        return i * i
print(list(Seq()), 9 in Seq())
for i, v in enumerate(Seq()):
    print(i, v)
class Squares:
    def __init__(self, n):
        self.n = n
    def __len__(self):
        return self.n
    def __getitem__(self, s):
        if isinstance(s, slice):
            return [i * i for i in range(*s.indices(self.n))]
        return s * s
print(Squares(10)[2:8:2], Squares(10)[3], len(Squares(4)))
