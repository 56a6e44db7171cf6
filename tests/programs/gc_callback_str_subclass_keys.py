# A str subclass whose __hash__ allocates heavily and defers to str.__hash__ (a 64-bit
# hash, folded to a small int), as dict keys; generators and deep recursion alongside.
import collections
class Key(str):
    def __hash__(self):
        [object() for _ in range(50)]
        return super().__hash__()
d = collections.OrderedDict()
for w in "the quick brown fox jumps over the lazy dog".split():
    d[Key(w)] = d.get(Key(w), 0) + 1
print(sorted(d.items()))
def gen(n):
    for i in range(n):
        try:
            yield 1 / (i - 3)
        except GeneratorExit:
            raise
print([round(x, 3) for x in gen(3)])
g = gen(10)
print(next(g), next(g))
def deep(n): return deep(n + 1)
try: deep(0)
except RecursionError as e: print("RecursionError", e)
print(sum(range(10**6)), len(str(2**10000)))
x = [1, 2, 3]
print(x.index(3), (1, 2, 2).count(2), 2 in (1, 2))
