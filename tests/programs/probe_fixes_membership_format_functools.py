# Fixes from a differential probe: `in` over iterators (lazily, stopping at the first
# match), str.format fields and conversions, '#' general floats, positional-only
# keyword errors, divmod/as_integer_ratio of floats, functools on methods (CPython's).
import functools
import itertools

print(2 in (x for x in [1, 2]), 3 in map(int, "12"), 1 in iter([1]), 5 in iter(range(10)))
print('a' in zip('ab'), (0, 'a') in enumerate('a'), 3 in itertools.count(),
      9 in filter(None, [9]))
g = (x for x in range(10))
print(4 in g, next(g))


class It:
    def __iter__(self):
        return iter([1, 2])


class Get:
    def __getitem__(self, i):
        if i > 3:
            raise IndexError
        return i * 10


print(2 in It(), 3 in It(), 20 in Get(), 25 in Get())
for bad in (5, None):
    try:
        1 in bad
    except TypeError as e:
        print(e)

print("{!r} {!s} {!a}".format("\u00e9", "x", "\u00e9"))
for template, args in [("{0}{}", (1, 2)), ("{}{0}", (1, 2)), ("{0[-1]}", ([1, 2],)),
                       ("{0[1:2]}", ("abc",)), ("{", ()), ("{0", (1,)), ("{:,s}", ("x",)),
                       ("{:=5}", ("x",)), ("{:+}", ("x",)), ("{:#}", ("x",)),
                       ("{0[0]}", ({0: "int key"},)), ("{0[a]}", ({"a": "str key"},))]:
    try:
        print(repr(template.format(*args)))
    except Exception as e:
        print(template, type(e).__name__, e)
print(format(100.0, '#.3g'), format(100.0, '#.1g'), '%#g' % 123456.789, format(1.5, '#g'),
      format(100.0, '#.0f'), format(1e20, '#g'), format(0.0001, '#.2g'), '%#.0e' % 5.0)


def posonly(a, b, /, c):
    return a, b, c


for kwargs in ({"a": 1, "b": 2, "c": 3}, {"b": 2, "c": 3}):
    try:
        posonly(**kwargs)
    except TypeError as e:
        print(e)
for args in ((5.5, 0), (5, 0.0), (5.5, 2), (-7, 2.0)):
    try:
        print(divmod(*args))
    except ZeroDivisionError as e:
        print(e)
print((0.0).as_integer_ratio(), (-0.0).as_integer_ratio(), (1.5).as_integer_ratio(),
      (2.0 ** -1074).as_integer_ratio()[0])


class C:
    @functools.cache
    def double(self, x):
        return x * 2

    @functools.lru_cache(maxsize=None)
    def inc(self, x):
        return x + 1

    @functools.singledispatchmethod
    def kind(self, x):
        return "object"

    @kind.register
    def _(self, x: int):
        return "int"


c = C()
print(c.double(2), c.inc(3), c.kind(1), c.kind("s"), C.double.cache_info())


@functools.lru_cache(typed=True)
def typename(x):
    return type(x).__name__


print(typename(1), typename(1.0), typename.cache_info(), typename.cache_parameters())
print(functools.partial(max, 0), functools.reduce(lambda a, b: a * b, range(1, 6)))


# dict.__getitem__ of a subclass with __missing__, called explicitly (urllib's quoter).
class Defaults(dict):
    def __missing__(self, key):
        return key * 2


dd = Defaults(a=1)
print(dd.__getitem__(3), dd.__getitem__("a"), dict.__getitem__(dd, 5),
      list(map(dd.__getitem__, [1, "a"])))
try:
    type("Plain", (dict,), {})().__getitem__(1)
except KeyError as e:
    print("KeyError", e)
import urllib.parse
print(urllib.parse.quote("a b/c?d=\u00e9"), urllib.parse.urlencode({"q": "x y", "n": 1}),
      urllib.parse.quote_plus("a+b c"), urllib.parse.unquote("a%20b%C3%A9"))

# __debug__, sys.exception(), %u and %c.
import sys
print(__debug__, sys.exception())
try:
    1 / 0
except ZeroDivisionError:
    print(repr(sys.exception()))
print("%u|%5u|%-4u|%c%c" % (5, 6, 7, "a", 98))
try:
    "%c" % "ab"
except TypeError as e:
    print(e)
