# Dict iterators read the dict in place (next(iter(d)) costs what it reads); changes of size
# during iteration raise RuntimeError; iterator type names.
d = {i: str(i) for i in range(6)}
del d[2]
print(list(d), list(d.values()), list(d.items()), [k for k in d.keys()])
it = iter(d.items()); print(next(it), next(it))
d[2] = "x"
try: next(it)
except RuntimeError as e: print(e)
it = iter(d)
d[3] = "same size"
print(list(it))
for k in d:
    d[k] = k * 2
print(d)
try:
    for k in d: del d[k]
except RuntimeError as e: print(e)
e = {}
print(list(e), next(iter(e), "empty"), list(e.items()))
it = iter({1: 2}); print(next(it)); print(next(it, "done")); print(next(it, "done"))
class D(dict): pass
dd = D(a=1, b=2); print(list(dd), list(iter(dd.items())))
import collections
od = collections.OrderedDict(a=1, b=2); od.move_to_end("a"); print(list(od), next(iter(od)))
x = {"k": 1}
ks = iter(x.keys()); x.clear(); 
try: next(ks)
except RuntimeError as e: print(e)
print(sum(1 for _ in {i: i for i in range(1000)}.values()))
print(type(iter({})).__name__, sorted(map(str, {1: 1, 2: 2})))
print(type(iter({}.values())).__name__, type(iter({}.items())).__name__, type(iter({}.keys())).__name__, type(iter({1})).__name__, type(iter(frozenset())).__name__)
it = iter({1: 2}.items()); print(iter(it) is it, it.__next__(), hasattr(it, "__next__"))
# Taking the first key of a large dict many times (an LRU pattern) stays linear.
big = {i: i for i in range(100000)}
for _ in range(3000):
    first = next(iter(big))
    del big[first]
    big[first + 10 ** 6] = 0
print(len(big), next(iter(big)), next(iter(big.items())), next(reversed(big)))
