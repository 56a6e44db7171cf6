# hash() values as CPython computes them (ints, floats, tuples, frozensets, __hash__ results)
# and the iteration order of sets of such values, which follows from them.
class A:
    def __hash__(self): return -1
class B:
    def __hash__(self): return 2**64 + 5
class C(tuple): pass
print(hash(A()), hash(B()), hash(C((1, 2))) == hash((1, 2)), hash(2**63), hash(-2**63), hash(2**62), hash(-(2**62)))
print({(1, 2), (3, 4), (5, 6), (7, 8), (2, 1), (0, 0)})
print({(i, j) for i in range(4) for j in range(3)})
print({(1.5, 'x'[:0]), (2, None), (True, False)} == {(1.5, ''), (2, None), (1, 0)})
print(set([(-1,), (-2,), (10**20,), (2.5,)]))
print(frozenset({(1, 2), (2, 3)}), hash(frozenset()) , hash(()), hash((None,)) == hash((None,)))
import sys; print(sys.hash_info.width if hasattr(sys, 'hash_info') else 64)
print(hash(frozenset({1,2,3})), hash(frozenset({(1,2)})), hash(frozenset([frozenset()])))
print(hash(1.5), hash(-0.5), hash(float('inf')), hash(2.0**70) == hash(2**70), hash(True), hash(None) == hash(None))
s = set()
for x in [1.5, 2.25, -3.0, 10**30, 2**61 - 1, 2**61]:
    s.add(x)
print(s)
class S(str):
    def __hash__(self):
        return super().__hash__()
print({S('k'): 1}['k'], hash(S('abc')) == hash('abc'))
print(sorted({frozenset({1}), frozenset({2, 3})}, key=len), {frozenset({1, 2}): 'a'}[frozenset({2, 1})])
print(hash((1, (2, (3, 4.5)))), hash(((),)), hash(range(0, 5, 2)) == hash(range(0, 6, 2)))
