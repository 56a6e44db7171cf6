"""cmath at the edges: C99 Annex G special values (infinities, NaNs, signed zeros) for
every function, both sides of each branch cut, tiny and huge arguments, and the errors
(math domain / range errors, bad argument types)."""
import cmath
import math

INF, NAN = math.inf, math.nan
PARTS = [-INF, -2.5, -0.0, 0.0, 2.5, INF, NAN]
FUNCS = ["sqrt", "exp", "log", "log10", "acos", "acosh", "asin", "asinh", "atan", "atanh",
         "cos", "cosh", "sin", "sinh", "tan", "tanh"]


def show(f, *args):
    try:
        return repr(f(*args))
    except (ValueError, OverflowError, TypeError) as exc:
        return "%s(%s)" % (type(exc).__name__, exc)


print("special values (rows: real part, columns: imaginary part", PARTS, ")")
for name in FUNCS:
    f = getattr(cmath, name)
    print(name)
    for x in PARTS:
        print("  %5s:" % x, " ".join(show(f, complex(x, y)) for y in PARTS))
for name in ["phase", "polar", "isfinite", "isinf", "isnan"]:
    f = getattr(cmath, name)
    print(name)
    for x in PARTS:
        print("  %5s:" % x, " ".join(show(f, complex(x, y)) for y in PARTS))
print("rect (rows: r, columns: phi)")
for r in PARTS:
    print("  %5s:" % r, " ".join(show(cmath.rect, r, phi) for phi in PARTS))

print("branch cuts: the sign of a zero imaginary part picks the side")
for name, points in [("sqrt", [-4, -1e-300]), ("log", [-1, -2.5]), ("acos", [2, -3]),
                     ("asin", [2, -3]), ("atanh", [2, -3]), ("acosh", [0.5, -2]),
                     ("atan", [2j, -3j]), ("asinh", [2j, -3j])]:
    f = getattr(cmath, name)
    for p in points:
        p = complex(p)
        if p.imag == 0:
            above, below = complex(p.real, 0.0), complex(p.real, -0.0)
        else:
            above, below = complex(0.0, p.imag), complex(-0.0, p.imag)
        print("  %s(%r) = %s   %s(%r) = %s" % (name, above, show(f, above), name, below,
                                              show(f, below)))

print("tiny and huge arguments")
EDGE = [5e-324, 1e-310, 2.2250738585072014e-308, 1e-160, 1e-20, 1e154, 1e200, 1e308,
        1.7976931348623157e308]
for name in ["sqrt", "log", "acos", "acosh", "asinh", "atanh", "atan", "tanh"]:
    f = getattr(cmath, name)
    for a in EDGE:
        print("  %s(%r) = %s  %s(%r) = %s" % (name, complex(a, a / 3), show(f, complex(a, a / 3)),
                                              name, complex(-1, a), show(f, complex(-1, a))))
for z in [complex(1, 1e-200), complex(1, -1e-300), complex(-1, 5e-324), complex(1.0, 1e-150)]:
    print("  atanh(%r) = %s" % (z, show(cmath.atanh, z)))

print("overflow and domain errors")
for text in ["cmath.exp(complex(1000, 1))", "cmath.exp(709.5)", "cmath.exp(710)",
             "cmath.exp(complex(710, 3))", "cmath.exp(complex(-1000, 1))", "cmath.cosh(710.2)",
             "cmath.cosh(complex(711, 0))", "cmath.sinh(-710.5)", "cmath.sinh(complex(712, 1))",
             "cmath.cos(complex(0, 711))", "cmath.sin(complex(2, -800))", "cmath.tanh(1000)",
             "cmath.tan(complex(1, 1000))", "cmath.log(0)", "cmath.log(-0.0)", "cmath.log10(0j)",
             "cmath.log(0, 2)", "cmath.log(2, 0)", "cmath.log(2, 1)", "cmath.log(1, 1)",
             "cmath.log(8, 2)", "cmath.log(100, 10)", "cmath.atanh(1)", "cmath.atanh(-1)",
             "cmath.atan(1j)", "cmath.atan(-1j)", "cmath.polar(complex(1e308, 1e308))",
             "cmath.polar(complex(1.7e308, 1.7e308))", "cmath.phase(complex(1e308, 1e-20))",
             "cmath.phase(complex(-1e308, 1e-20))", "cmath.rect(1, cmath.inf)",
             "cmath.rect(0, cmath.inf)", "cmath.rect(cmath.nan, cmath.inf)",
             "cmath.exp(complex(1, cmath.inf))", "cmath.sqrt(complex(-4, -0.0))",
             "cmath.sqrt(complex(-4, 0.0))", "cmath.sqrt(complex(1e-320, 5e-324))"]:
    print("  %s -> %s" % (text, show(eval, text)))

print("argument errors")


class NoFloat:
    pass


class BadFloat:
    def __float__(self):
        return 1


class BadComplex:
    def __complex__(self):
        return 1.5


class BadIndex:
    def __index__(self):
        return 2.5


for text in ["cmath.sqrt('4')", "cmath.sqrt(None)", "cmath.exp([1])", "cmath.log(2, 'e')",
             "cmath.phase(NoFloat())", "cmath.sqrt(BadFloat())", "cmath.sqrt(BadComplex())",
             "cmath.sqrt(BadIndex())", "cmath.sqrt(10 ** 400)", "cmath.rect(1j, 0)",
             "cmath.rect(1, '0')", "cmath.rect(2 ** 1024, 0)", "cmath.isnan('nan')",
             "cmath.isclose(1, 1, rel_tol=-1e-9)", "cmath.isclose(1, 1, abs_tol=-1)",
             "cmath.isclose(1, 2, rel_tol='x')", "cmath.isclose(1, 'x')",
             "cmath.isclose(a=1, b=1.0)", "cmath.isclose(1, 1, rel_tol=cmath.nan)"]:
    print("  %s -> %s" % (text, show(eval, text)))
