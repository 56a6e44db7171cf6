# Keyword arguments of round/pow/sum/expandtabs, zip(strict=True), the rounding and divmod
# special methods of int and float, a negative base to a fractional power, logarithms of
# huge ints, math's domain errors, str.format_map, reversed(dict), nested isinstance tuples.
import math

def attempt(f):
    try:
        return f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"

print(round(2.675, ndigits=2), round(number=7.5), round(1234, ndigits=-2), round(2.5, None))
print(pow(2, 10, mod=1000), pow(base=3, exp=4), pow(2, exp=-1), pow(7, 2, None))
print(sum([1, 2], start=10), sum([[1], [2]], start=[0]), sum([0.5] * 4, 1))
print("a\tbc\td".expandtabs(tabsize=4), "x\ty".expandtabs(), "x\ty".expandtabs(2))
print(attempt(lambda: round(ndigits=2)))
print(attempt(lambda: pow(2, modulus=3)))
print(attempt(lambda: sum([1], start=1, begin=2)), attempt(lambda: sum(iterable=[1])))
print(attempt(lambda: "a".expandtabs(size=3)))

print(list(zip([1, 2], "ab", strict=True)), list(zip(strict=False)), list(zip([1], [2, 3])))
for args in ([[1, 2], [1]], [[1], [1, 2]], [[1, 2], [1, 2], [1]], [[1], [1], [1, 2]], [[], [1]]):
    print(attempt(lambda: list(zip(*args, strict=True))))
z = zip(iter([1, 2, 3]), iter([4, 5]), strict=True)
print(next(z), next(z), attempt(lambda: next(z)))

print((7).__floor__(), (7).__ceil__(), (-7).__trunc__(), (True).__floor__(), (2**70).__ceil__())
print((7.5).__floor__(), (-7.5).__ceil__(), (-7.5).__trunc__(), (1e20).__floor__())
print(int.__divmod__(7, 2), (7).__rdivmod__(30), float.__divmod__(7.5, 2), (-7.5).__divmod__(2))
print(divmod(2**70, 7), (2**70).__divmod__(-7), int.__divmod__(7, 2.0))
print(attempt(lambda: float("inf").__floor__()), attempt(lambda: float("nan").__trunc__()))
print(math.floor(-0.5), math.ceil(2.000001), math.trunc(-2.9))

print((-8) ** 0.5, (-8.0) ** (1 / 3), (-2) ** 1.5, (-1.0) ** 0.5, type((-8) ** 0.5).__name__)
print((-8) ** 2.0, (-8.0) ** -1.0, 8 ** 0.5, 0.0 ** 0.5)
print(attempt(lambda: math.pow(-8, 0.5)), attempt(lambda: 0.0 ** -0.5))

print(math.log(10**400), math.log10(10**400), math.log2(2**2000), math.log(2**1100, 2))
print(math.log(10**20), math.log10(10**20), math.log2(1 << 64), math.log(8, 2), math.log(True))
for f in (lambda: math.log(0), lambda: math.log(-(10**400)), lambda: math.log10(0.0),
          lambda: math.log2(-1), lambda: math.log(1, 1), lambda: math.log(10, 0)):
    print(attempt(f))
for f in (math.sin, math.cos, math.tan, math.sqrt, math.exp, math.atan, math.tanh, math.asin):
    print(f.__name__, attempt(lambda: f(float("inf"))), attempt(lambda: f(float("-inf"))),
          attempt(lambda: f(float("nan"))))
print(attempt(lambda: math.fmod(float("inf"), 1)), math.fmod(1, float("inf")),
      attempt(lambda: math.atanh(1)), attempt(lambda: math.acosh(0.5)), attempt(lambda: math.exp(1000)),
      math.atan2(float("inf"), 1), attempt(lambda: math.sqrt(-1)))

class Defaulting(dict):
    def __missing__(self, key):
        return f"<{key}>"

print("{a}-{b}".format_map({"a": 1, "b": 2}), "{x}/{y.real}".format_map(Defaulting(y=3)))
print("{k[1]}|{k!r:>6}".format_map({"0": "ab", "k": "vw"}))
print(attempt(lambda: "{0[1]}".format_map({"0": "ab"})))
print(attempt(lambda: "{a}{b}".format_map({"a": 1})))
print(attempt(lambda: "{}".format_map({})), attempt(lambda: "{0}".format_map({})))
print(attempt(lambda: "{a}".format()), attempt(lambda: "{a}".format_map()))
try:
    "{missing}".format(present=1)
except KeyError as e:
    print(repr(e), e.args, str(e))

d = {1: "a", 2: "b", 3: "c"}
print(list(reversed(d)), list(reversed(d.items())), list(reversed(d.keys())), list(reversed(d.values())))
print(list(reversed({})), attempt(lambda: reversed({1, 2})))

class Mine(int):
    pass
print(isinstance(1, (str, (int, float))), isinstance("s", ((bytes,), (list, (str,)))),
      isinstance(1.5, ((), (str,))), issubclass(Mine, (str, (float, (int,)))),
      issubclass(bool, ((str,), bytes)))
print(attempt(lambda: isinstance(1, (str, (int, 5)))), attempt(lambda: isinstance(1, (5, int))))
