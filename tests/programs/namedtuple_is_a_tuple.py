# collections.namedtuple makes a tuple subclass (isinstance, +, %, hashing, unpacking, json),
# with CPython's rules for names, defaults, rename, _make/_replace/_asdict and its errors.
from collections import namedtuple
P = namedtuple('Point', 'x y')
p = P(1, y=2)
print(p, p.x, p[1], isinstance(p, tuple), p == (1, 2), p + (3,), len(p), list(p), hash(p) == hash((1, 2)))
print(p._asdict(), p._replace(x=5), P._make([3, 4]), P._fields, P.__doc__, "%d-%d" % p)
x, y = p
print(x, y, sorted([P(2, 1), P(1, 5)]), max(P(1, 2), P(1, 3)), P._field_defaults)
Q = namedtuple('Q', ['a', 'b', 'c'], defaults=[0, 1])
print(Q(9), Q(9, c=5), Q._field_defaults, Q.a.__doc__ if hasattr(Q.a, '__doc__') else '')
R = namedtuple('R', 'a def _x a', rename=True)
print(R._fields)
for bad in [lambda: P(1), lambda: P(1, 2, 3), lambda: P(1, 2, z=3), lambda: P(1, x=2), lambda: namedtuple('X', 'a a'),
            lambda: namedtuple('X', '_a'), lambda: namedtuple('X', 'class'), lambda: namedtuple('1X', 'a'), lambda: P._make([1]),
            lambda: p._replace(z=1), lambda: setattr(p, 'x', 5), lambda: Q()]:
    try:
        bad()
    except (TypeError, ValueError, AttributeError) as e:
        print(type(e).__name__, e)
class Sub(P):
    def norm(self):
        return (self.x ** 2 + self.y ** 2) ** 0.5
print(Sub(3, 4).norm(), Sub(3, 4), type(P).__name__, P.__name__, P.__module__)
import json
print(json.dumps(P(1, 2)), dict(a=P(1, 2)), {P(1, 2): 'v'}[(1, 2)])
