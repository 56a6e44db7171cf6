# The numeric tower from CPython's library: numbers, fractions, decimal (with contexts),
# statistics, and contextvars (which decimal's contexts use).
import contextvars
import numbers
import statistics
from decimal import ROUND_DOWN, ROUND_HALF_UP, Decimal, InvalidOperation, getcontext, localcontext
from fractions import Fraction

print(Fraction(3, 4) + Fraction(1, 4), Fraction("1.25"), Fraction(0.5), Fraction(7, 3).limit_denominator(2))
print(Fraction(1, 3) * 3 == 1, Fraction(5, 10), Fraction(-6, 4), float(Fraction(1, 8)), Fraction(2, 3) ** 2)
print(sorted([Fraction(1, 2), Fraction(1, 3), 0.4]), Fraction(1, 2) < 0.6, hash(Fraction(1, 2)) == hash(0.5))
try:
    Fraction(1, 0)
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)

print(Decimal("1.10") + Decimal("2.205"), Decimal("10") / Decimal("3"))
print(Decimal("2.675").quantize(Decimal("0.01"), rounding=ROUND_HALF_UP),
      Decimal("2.679").quantize(Decimal("0.01"), rounding=ROUND_DOWN))
print(Decimal(0.1), Decimal("1e3").normalize(), Decimal("-0"), Decimal("NaN").is_nan(), Decimal(7) // 2, Decimal(-7) % 3)
getcontext().prec = 6
print(Decimal(1) / Decimal(7))
with localcontext() as ctx:
    ctx.prec = 3
    print(Decimal(2).sqrt(), ctx.prec)
print(getcontext().prec)
try:
    Decimal("abc")
except InvalidOperation:
    print("InvalidOperation for 'abc'")

print(statistics.mean([1, 2, 3, 4]), statistics.median([3, 1, 2]), statistics.stdev([1, 2, 3, 4]))
print(statistics.mode([1, 1, 2]), statistics.pvariance([1, 2, 3]), statistics.fmean([1.5, 2.5]))
print(statistics.mean([Fraction(1, 2), Fraction(1, 3)]), statistics.median_low([1, 3, 5, 7]), statistics.quantiles(range(1, 11), n=4))
try:
    statistics.mean([])
except statistics.StatisticsError as e:
    print("StatisticsError:", e)

print(isinstance(1j, numbers.Complex), isinstance(1, numbers.Integral), isinstance(Fraction(1, 2), numbers.Rational))
print(isinstance(1.5, numbers.Real), isinstance(Decimal(1), numbers.Number), issubclass(complex, numbers.Complex))

v = contextvars.ContextVar("v", default=1)
token = v.set(2)
ctx = contextvars.copy_context()
print(v.get(), ctx[v], v in ctx, token.old_value is contextvars.Token.MISSING)
v.reset(token)
print(v.get(), ctx.run(v.get), ctx.run(lambda: v.set(9)) is not None, ctx[v], v.get())
try:
    v.reset(token)
except RuntimeError:
    print("token used twice")
w = contextvars.ContextVar("w")
try:
    w.get()
except LookupError:
    print("no value for w")
print(w.get("fallback"), v.name)
