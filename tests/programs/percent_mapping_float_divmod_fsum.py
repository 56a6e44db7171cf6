# %-formatting with mappings, float floor division and modulo, fsum, length hints.
import collections
class M(dict): pass
class Miss(dict):
    def __missing__(self, k): return k.upper()
for c in ['"%(a)s" % {"a":1, "b": 2}', '"%s" % {"a":1}', '"x" % {"a":1}', '"x" % [1]', '"%s %s" % {"a":1}', '"%%" % {}', '"%(a)s %(a)s" % {"a": 3}', '"x" % 5', '"%(a)s-%(b)d" % M(a=1, b=2)', '"%(a)s" % Miss()', '"%(a)s" % collections.UserDict(a=5)', '"%(a)s %s" % {"a": 1}', '"%(x)s" % {}', 'b"%(a)s" % {b"a": b"v"}', '"%s" % []', '"%s" % ([1],)']:
  try: print(c, repr(eval(c)))
  except Exception as e: print(c, type(e).__name__, e)

import random, math
random.seed(3)
vals = [0.0, -0.0, 1.0, -1.0, 0.1, -0.1, 3.5, -7.25, 1e-5, 1e300, -1e300, float('inf'), float('-inf'), float('nan'), 5e-324, 2.0**53]
out = []
for x in vals:
    for y in vals:
        for op in ('//', '%', 'divmod', '**'):
            try:
                if op == '//': r = x // y
                elif op == '%': r = x % y
                elif op == 'divmod': r = divmod(x, y)
                else: r = x ** y
                out.append(repr(r))
            except Exception as e:
                out.append(type(e).__name__)
for _ in range(3000):
    x = random.uniform(-100, 100); y = random.choice([random.uniform(-10, 10), random.randint(-5, 5) or 1])
    out.append(repr((x // y, x % y, divmod(x, y))))
import hashlib
print(hashlib.md5("\n".join(out).encode()).hexdigest(), len(out))

import math, random
random.seed(7)
print(math.fsum([]), math.fsum([-0.0]), math.fsum([1e100, 1, -1e100]), math.fsum([0.1]*10), math.fsum([1e308, 1e308, -1e308]) if False else 0)
for bad in [[float('inf'), float('-inf')], [float('nan')], [float('inf'), 1], [1e308, 1e308]]:
    try: print(math.fsum(bad))
    except Exception as e: print(type(e).__name__, e)
out = []
for _ in range(2000):
    xs = [random.uniform(-1, 1) * 10 ** random.randint(-20, 20) for _ in range(random.randint(0, 12))]
    out.append(math.fsum(xs))
print(hash(tuple(out)))

for sp in [',x', ',b', ',o', ',X', ',c', ',n', '_x', ',d', ',', '10,.2f', ',.2f', ',e']:
  try: print(sp, format(42, sp))
  except Exception as e: print(sp, e)
