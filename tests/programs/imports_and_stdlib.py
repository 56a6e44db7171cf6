import imported_helper
import imported_helper as h2
from imported_helper import Point, bump as b
import math, sys, random
from collections import deque, defaultdict, Counter, namedtuple, OrderedDict
from itertools import count, islice, chain, permutations, combinations, product, accumulate, groupby, zip_longest
from functools import reduce, partial, lru_cache
import string, operator

print(imported_helper.GREETING, h2 is imported_helper, Point(1, 2), b(), b(), imported_helper.counter)
print(__name__)
print(math.sqrt(16), math.pi, math.floor(-2.5), math.ceil(2.1), math.gcd(12, 18), math.factorial(20), math.isqrt(99), math.log(8, 2), math.hypot(3, 4))
print(sys.argv[1:], sys.getrecursionlimit(), len(sys.argv))
random.seed(42)
print(random.random(), random.randint(1, 100), random.choice("abcdef"), random.randrange(0, 100, 5))
xs = list(range(10))
random.shuffle(xs)
print(xs, random.sample(range(100), 5), random.uniform(1, 2))
d = deque([1, 2, 3], maxlen=4)
d.appendleft(0); d.append(4); d.rotate(1)
print(d, d.popleft(), len(d))
dd = defaultdict(list)
for w in "apple avocado banana blueberry cherry".split():
    dd[w[0]].append(w)
print(dd, dict(dd.items()))
c = Counter("mississippi")
print(c.most_common(2), c["s"], c["z"], c)
P = namedtuple("P", "x y")
p = P(1, y=2)
print(p, p.x, p[1], tuple(p), p._asdict(), p == (1, 2), type(p).__name__)
print(list(islice(count(10, 2), 4)), list(chain([1], "ab")), list(permutations([1, 2, 3], 2)), list(combinations("abc", 2)))
print(list(product("ab", repeat=2)), list(accumulate([1, 2, 3, 4])), [(k, list(g)) for k, g in groupby("aabbbc")], list(zip_longest([1, 2], "a", fillvalue="-")))
print(reduce(operator.add, range(10)), partial(pow, 2)(10), string.ascii_lowercase[:5])

@lru_cache(maxsize=None)
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), fib.cache_info())
od = OrderedDict(a=1, b=2)
od.move_to_end("a")
print(od, list(od.keys()))
try:
    import no_such_module
except ModuleNotFoundError as e:
    print(e)
try:
    from imported_helper import nothing
except ImportError as e:
    print("ImportError", str(e).split(" (")[0])
sys.exit(3)
