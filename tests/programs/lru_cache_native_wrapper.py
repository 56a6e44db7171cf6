# functools.lru_cache and cache through hotpy's native _functools._lru_cache_wrapper:
# keys (fast int/str, keywords, typed), LRU order and eviction, statistics, methods,
# deep memoised recursion, maxsize 0, exceptions, copy/pickle, errors.
import functools, sys
from functools import lru_cache, cache
@lru_cache(maxsize=None)
def fib(n): return n if n < 2 else fib(n-1) + fib(n-2)
print(fib(100), fib.cache_info())
fib.cache_clear(); print(fib.cache_info())
@lru_cache(maxsize=2)
def sq(x):
    print("compute", x); return x * x
print(sq(1), sq(2), sq(1), sq(3), sq(2), sq(1))
print(sq.cache_info(), sq.cache_parameters())
@lru_cache
def kw(a, b=2, *, c=3): print("call", a, b, c); return a + b + c
print(kw(1), kw(1), kw(1, b=2), kw(1, 2), kw(a=1), kw(1, c=3), kw.cache_info())
@lru_cache(typed=True)
def t(x): print("t", repr(x)); return x
t(1); t(1.0); t(True); t(1)
print(t.cache_info())
@lru_cache()
def u(x): print("u", repr(x)); return repr(x)
print(u(1), u(True), u(1.0), u.cache_info())
try: u([1])
except TypeError as e: print("TypeError", e)
print(fib.__name__, fib.__wrapped__.__name__, fib.__doc__, type(fib).__name__, fib.__module__)
class C:
    def __init__(self, k): self.k = k
    @lru_cache(maxsize=None)
    def m(self, x): print("m", self.k, x); return self.k * x
    def __hash__(self): return hash(self.k)
    def __eq__(self, o): return self.k == o.k
a = C(2); print(a.m(3), a.m(3), C(2).m(3), C.m.cache_info())
@cache
def g(n): return n if n < 2 else g(n-1) + g(n-2)
sys.setrecursionlimit(10000)
print(g(3000) % 1000000007)
@lru_cache(maxsize=0)
def z(x): print("z", x); return x
z(1); z(1); print(z.cache_info())
def boom(x):
    raise ValueError(x)
b = lru_cache(boom)
try: b(3)
except ValueError as e: print("VE", e, b.cache_info())
import pickle, copy
print(copy.copy(fib) is fib, copy.deepcopy(fib) is fib)
print(pickle.loads(pickle.dumps(fib)) is fib)
try: lru_cache(maxsize="x")
except TypeError as e: print(e)
print(isinstance(fib, functools._lru_cache_wrapper))
@lru_cache(maxsize=3)
def r(x): return x
for i in [1,2,3,1,4,5,1,2]: r(i)
print(r.cache_info())
