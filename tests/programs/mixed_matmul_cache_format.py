# A mix: @ (__matmul__), lru_cache recursion, groupby, reduce, format specs.
import sys
import random
from functools import lru_cache, reduce
from itertools import groupby, chain, combinations


class Matrix:
    def __init__(self, rows):
        self.rows = [list(r) for r in rows]

    @classmethod
    def identity(cls, n):
        return cls([[1 if i == j else 0 for j in range(n)] for i in range(n)])

    def __matmul__(self, other):
        cols = list(zip(*other.rows))
        return Matrix([[sum(a * b for a, b in zip(r, c)) for c in cols] for r in self.rows])

    def __eq__(self, other):
        return self.rows == other.rows

    def __repr__(self):
        return "Matrix(%r)" % self.rows


m = Matrix([[1, 2], [3, 4]])
print(m @ Matrix.identity(2) == m, m @ m)


@lru_cache(maxsize=None)
def partitions(n, k=None):
    if k is None:
        k = n
    if n == 0:
        return 1
    return sum(partitions(n - i, i) for i in range(1, min(n, k) + 1))


print([partitions(i) for i in range(15)])
random.seed(42)
data = sorted(random.randint(1, 6) for _ in range(20))
print([(k, len(list(g))) for k, g in groupby(data)])
print(reduce(lambda a, b: a * b, range(1, 20)), list(combinations("abcd", 2))[:3])
words = "the quick brown fox jumps over the lazy dog".split()
index = {w: i for i, w in enumerate(words)}
print(sorted(index.items(), key=lambda kv: (-len(kv[0]), kv[0]))[:4])
print(f"{3.14159:.2f} {42:>6} {'x':*^7} {1234567:,} {0.5:.0%}")
print(sys.version_info[:2] >= (3, 8), sys.maxsize > 2**31)


class Vec:
    def __init__(self, *xs):
        self.xs = xs

    def __matmul__(self, other):
        return sum(a * b for a, b in zip(self.xs, other.xs))

    def __rmatmul__(self, other):
        return "r" + str(other)


v = Vec(1, 2, 3)
print(v @ Vec(4, 5, 6), 7 @ v)
acc = Matrix.identity(2)
acc @= m
print(acc)
try:
    print(2 @ 3)
except TypeError as e:
    print("TypeError:", e)
