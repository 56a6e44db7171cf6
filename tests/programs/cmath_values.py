"""cmath over ordinary values: every function, the constants, conversions of arguments,
polar/rect round trips and identities checked with isclose."""
import cmath
import math
from fractions import Fraction

print("constants:", cmath.pi, cmath.e, cmath.tau, cmath.inf, cmath.nan, cmath.infj, cmath.nanj)
print("types:", type(cmath.infj).__name__, type(cmath.pi).__name__)

VALUES = [0.5 + 0.25j, -1.5 + 2j, 3 - 4j, -0.75 - 0.5j, 1e-3 + 2e-3j, 10 + 0.1j,
          -20 - 30j, 0.9 + 0.4j, 1 + 1j, 2j, -3j, 7.25, -0.125, 1.0000001 + 1e-9j,
          -50 + 1e-5j, 123.456 - 78.9012j]

FUNCS = ["sqrt", "exp", "log", "log10", "acos", "acosh", "asin", "asinh", "atan", "atanh",
         "cos", "cosh", "sin", "sinh", "tan", "tanh"]

for z in VALUES:
    print("z =", z)
    for name in FUNCS:
        print("  %-6s %r" % (name, getattr(cmath, name)(z)))
    print("  phase  %r" % cmath.phase(z))
    print("  polar  %r" % (cmath.polar(z),))
    print("  log2   %r" % cmath.log(z, 2))
    print("  logz   %r" % cmath.log(z, 1 + 2j))
    print("  flags ", cmath.isfinite(z), cmath.isinf(z), cmath.isnan(z))

print("rect:")
for r, phi in [(1, 0), (2, math.pi / 3), (0.5, -2.5), (3, math.pi), (-2, 1), (1e10, 0.1),
               (4, -0.0), (-4, 0.0), (0, 2)]:
    print("  rect(%r, %r) = %r" % (r, phi, cmath.rect(r, phi)))

print("arguments of other types:")


class Celsius:
    def __init__(self, t):
        self.t = t

    def __float__(self):
        return float(self.t)


class Index:
    def __index__(self):
        return 9


class Phasor:
    def __complex__(self):
        return cmath.rect(2, 0.5)


for arg in [4, -9, True, 2.25, Fraction(9, 4), Celsius(16), Index(), Phasor(), 10 ** 20]:
    print("  %s: %r %r %r" % (type(arg).__name__, cmath.sqrt(arg), cmath.exp(cmath.log(arg)),
                               cmath.phase(arg)))
print("  rect(Index(), Celsius(1)):", cmath.rect(Index(), Celsius(1)))

print("identities (isclose):")
for z in VALUES:
    checks = [
        cmath.isclose(cmath.exp(cmath.log(z)), z),
        cmath.isclose(cmath.sqrt(z) ** 2, z),
        cmath.isclose(cmath.sin(cmath.asin(z)), z, rel_tol=1e-7, abs_tol=1e-12),
        cmath.isclose(cmath.cos(z) ** 2 + cmath.sin(z) ** 2, 1,
                      abs_tol=1e-9 * abs(cmath.cos(z)) ** 2),
        cmath.isclose(cmath.tanh(cmath.atanh(z)), z, rel_tol=1e-7),
        cmath.isclose(cmath.rect(*cmath.polar(z)), z),
    ]
    print("  %r: %s" % (z, checks))

print("isclose:")
for a, b, kw in [(1 + 1j, 1 + 1.0000000001j, {}), (1j, 1.001j, {}), (1j, 1.001j, {"rel_tol": 0.01}),
                 (0, 1e-10, {}), (0, 1e-10, {"abs_tol": 1e-9}), (1e300 + 1e300j, 1e300 + 1e300j, {}),
                 (cmath.inf, cmath.inf, {}), (cmath.infj, cmath.inf, {}), (cmath.nan, cmath.nan, {}),
                 (3, 3.0 + 0j, {"rel_tol": 0, "abs_tol": 0})]:
    print("  isclose(%r, %r, %s) = %r" % (a, b, kw, cmath.isclose(a, b, **kw)))
