# math's inverse hyperbolics, cbrt/exp2/expm1/log1p, erf/erfc/gamma/lgamma, modf/frexp/
# ldexp, nextafter/ulp/remainder, isclose, dist: values and CPython's errors.
import math

print(math.acosh(2), math.asinh(1), math.atanh(0.5), round(math.cbrt(27), 12), math.cbrt(-8), math.exp2(10))
print(math.expm1(1e-10), math.log1p(1e-10), math.erf(0.5), math.erfc(0.5), math.gamma(5),
      round(math.gamma(0.5), 12), round(math.lgamma(10), 12), round(math.lgamma(-2.5), 12))
print(math.modf(3.75), math.modf(-2.5), math.modf(math.inf), math.modf(-math.inf), math.modf(7))
print(math.frexp(8.0), math.frexp(-0.1), math.frexp(0.0), math.frexp(5e-324), math.frexp(math.inf))
print(math.ldexp(0.5, 4), math.ldexp(1, -1074), math.ldexp(3.0, 0), math.ldexp(1.0, -1080))
print(math.nextafter(1.0, 2.0), math.nextafter(0.0, -1.0), math.ulp(1.0), math.ulp(0.0),
      math.ulp(math.inf), math.ulp(-1e300), math.remainder(10, 3), math.remainder(-7.5, 2))
print(math.isclose(1.0, 1.0 + 1e-10), math.isclose(1, 1.1), math.isclose(0, 1e-12, abs_tol=1e-9),
      math.isclose(math.inf, math.inf), math.isclose(1, 1.05, rel_tol=0.1))
print(math.dist((0, 0), (3, 4)), math.dist([1, 2, 3], [1, 2, 3]))
for bad in [lambda: math.acosh(0.5), lambda: math.atanh(1), lambda: math.gamma(0),
            lambda: math.gamma(-3), lambda: math.lgamma(0), lambda: math.log1p(-1),
            lambda: math.ldexp(1.0, 5000), lambda: math.remainder(1, 0),
            lambda: math.isclose(1, 2, rel_tol=-1), lambda: math.dist((1,), (1, 2)),
            lambda: math.gamma(200), lambda: math.expm1(1000), lambda: math.isclose(1, 2, tol=3)]:
    try:
        print(bad())
    except (ValueError, OverflowError, TypeError) as e:
        print(type(e).__name__, e)
