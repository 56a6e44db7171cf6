# e2e: not under GC stress
# Sets print their items' own reprs, hex/oct/bin of big ints, float reprs that tie at the
# shortest length (CPython takes the nearest, ties to even), and exit()/quit().
import random
from collections import namedtuple
from enum import Enum
from fractions import Fraction


class P:
    def __init__(self, x):
        self.x = x

    def __repr__(self):
        return f"P({self.x})"

    def __hash__(self):
        return hash(self.x)

    def __eq__(self, other):
        return isinstance(other, P) and other.x == self.x


Point = namedtuple("Point", "x y")
Color = Enum("Color", "RED")
print({P(1)}, frozenset([P(2)]), [{P(3)}], {1: frozenset({P(4)})}, ({P(5)},))
print({Point(1, 2)}, {Color.RED}, {Fraction(1, 3)}, set(), frozenset(), {complex(1, 2)})
s = {P(7)}
print(repr(s), str(s), f"{s}", "%s" % (s,))

for n in (0, 1, -1, 255, 2**63, -2**64, 2**64 + 1, 3**100):
    print(hex(n), oct(n), bin(n)[:40])

for v in (658924703208742.25, 1414213562373095.2, 675603491908.6562, 0.1, 1 / 3, 1e22,
          5e-324, 1.7976931348623157e308, 2.5, 1e16, 12345678901234567890.0):
    print(repr(v), str(-v))
random.seed(11)
ties = 0
for _ in range(3000):
    v = random.uniform(1, 10) * 10 ** random.randint(10, 17)
    if float(repr(v)) != v:
        ties += 1
    print(repr(v), end=" " if _ % 6 else "\n")
print()
print("round trips failed:", ties)

print(exit, quit, type(exit).__name__)
try:
    quit(3)
except SystemExit as e:
    print("SystemExit", e.code)
exit(4)
