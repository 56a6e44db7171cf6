# Classes, attribute access, dunder methods and dicts.
class Vec:
    def __init__(self, x, y):
        self.x = x
        self.y = y

    def __add__(self, other):
        return Vec(self.x + other.x, self.y + other.y)

    def norm1(self):
        return abs(self.x) + abs(self.y)


total = Vec(0, 0)
counts = {}
for i in range(200000):
    v = Vec(i % 7, -(i % 5))
    total = total + v
    key = v.norm1()
    counts[key] = counts.get(key, 0) + 1
print(total.x, total.y, sorted(counts.items()))
