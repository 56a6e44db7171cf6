# itertools.product, permutations, combinations and combinations_with_replacement over
# their native index state: orders, empty and oversized r, partial consumption, subclasses.
from itertools import *
print(list(permutations([1,2,3])))
print(list(permutations('abcd', 2)))
print(list(permutations([], 0)), list(permutations([1], 2)), list(permutations([1,2], 0)))
print(list(combinations(range(5), 3)))
print(list(combinations('ab', 0)), list(combinations('ab', 3)), list(combinations([], 0)))
print(list(combinations_with_replacement('abc', 2)))
print(list(combinations_with_replacement('', 2)), list(combinations_with_replacement('', 0)))
print(list(product('ab', range(3))))
print(list(product()), list(product('ab', [])), list(product([1,2], repeat=2)))
print(list(product('ab', repeat=0)))
p = permutations(range(3)); print(next(p), next(p)); print(list(p)); print(list(p))
print(type(p).__name__, iter(p) is p)
for x in combinations([[1], [2], [3]], 2): print(x)
try: permutations([1,2], -1)
except ValueError as e: print(e)
try: combinations([1,2])
except TypeError as e: print(e)
try: next(iter(chain([1])).__next__() for _ in range(1))
except Exception as e: print(type(e).__name__)
c = chain([1,2],[3]); print(list(c))
print(list(islice(count(), 3, 10, 2)), list(zip_longest('ab', 'xyz', fillvalue='-')))
print(sum(1 for _ in permutations(range(8))))
print(sum(1 for _ in combinations(range(20), 5)))
g = (x for x in [1,2])
try:
    list(product(1))
except TypeError as e: print(e)
print(len(list(product(range(3), repeat=4))))
import copy
class P(permutations): pass
print(list(P([1,2])))
