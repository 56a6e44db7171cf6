class Grid:
    def __init__(self, w, h, fill=0):
        self.w, self.h = w, h
        self.cells = [fill] * (w * h)
    def __getitem__(self, pos):
        x, y = pos
        if not (0 <= x < self.w and 0 <= y < self.h):
            raise IndexError(f"cell {pos} out of range")
        return self.cells[y * self.w + x]
    def __setitem__(self, pos, v):
        x, y = pos
        self.cells[y * self.w + x] = v
    def __len__(self):
        return self.w * self.h
    def __contains__(self, v):
        return v in self.cells
    def __iter__(self):
        for y in range(self.h):
            yield [self[x, y] for x in range(self.w)]
g = Grid(4, 3)
g[1, 1] = 5
g[3, 2] = 7
g[0, 0] = g[1, 1] + 1
for row in g:
    print(row)
print(len(g), 5 in g, 9 in g)
try:
    g[4, 0]
except IndexError as e:
    print("IndexError:", e)
class Seq:
    def __getitem__(self, i):
        if i >= 5:
            raise IndexError
        return i * i
print(list(Seq()), 9 in Seq(), [x for x in Seq() if x % 2])
