# itertools as CPython's: reprs and types of the iterators, lazy tee and groupby
# (groups end when the groupby moves on), islice's argument checks and exact reads.
import itertools as it
from itertools import *
print(count(5), count(2.5, 0.5), count(0, 2), count(0, 1.0), repeat(3, 4), repeat('a'))
c = count(3); next(c); print(c, next(c))
r = repeat(1, 2); next(r); print(r, list(r), r, len(list(repeat(0, -3))))
print(list(islice(count(), 2, 10, 3)), list(islice('abcdefg', 3)), list(islice('abcdefg', 2, None)))
src = iter(range(10)); print(list(islice(src, 0, 6, 2)), next(src))
for bad in [(-1,), (1, -2), (0, 5, 0), ('a',)]:
    try: islice('abc', *bad)
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
groups = [(k, g) for k, g in groupby('aaabbbcca')]
print([(k, list(g)) for k, g in groups])
print([(k, list(g)) for k, g in groupby('aaabbbcca')])
print([(k, len(list(g))) for k, g in groupby([1, 1, 2, 3, 3, 3], key=lambda x: x % 2)])
g = groupby('aabb'); k1, g1 = next(g); print(k1, next(g1)); k2, g2 = next(g); print(k2, list(g1), list(g2))
a, b = tee(count()); print(next(a), next(a), next(b), next(a), next(b))
a, b, c2 = tee('xyz', 3); print(list(a), list(b), list(c2), type(a).__name__)
print(list(product('ab', range(2))), len(list(product(range(3), repeat=3))), list(product()), list(product('a', '')))
print(next(product(range(10), repeat=9)))
print(list(permutations('abc', 2))[:4], list(combinations(range(4), 2)), list(combinations_with_replacement('ab', 2)))
for f in (lambda: combinations('abc', -1), lambda: permutations('a', -2), lambda: product('a', repeat=-1), lambda: tee('a', -1), lambda: count('a')):
    try: f()
    except (ValueError, TypeError) as e: print(type(e).__name__, e)
print(list(accumulate([1, 2, 3], initial=10)), list(accumulate([1, 2, 3], max)), list(accumulate([])))
print(list(zip_longest('ab', 'xyz', fillvalue='-')), list(zip_longest()))
print(list(chain.from_iterable(['ab', 'cd'])), list(chain('ab', [1])), list(cycle('')), list(islice(cycle('ab'), 5)))
print(type(count()), type(chain()), isinstance(islice('a', 1), islice), type(groupby('')).__name__)
print(list(filterfalse(None, [0, 1, '', 'a'])), list(compress('abcd', [1, 0, 1])), list(pairwise('abcd')))
print(list(starmap(pow, [(2, 3), (3, 2)])), list(takewhile(lambda x: x < 3, [1, 2, 5, 1])), list(dropwhile(lambda x: x < 3, [1, 2, 5, 1])))
print(list(zip(count(), 'abc')), sum(islice(count(1), 100)))
import copy
a, = tee(iter([1, 2, 3]), 1); next(a); b = copy.copy(a); print(list(a), list(b))
print(repr(repeat(None, 0)), list(repeat(None, 0)))
