# complex: literals, construction and parsing, arithmetic (CPython algorithms), repr, hash, errors.
z = 1 + 2j
print(z, type(z), 2j, -1j, 0j, complex(), complex(1), complex(1.5, -2), complex("1+2j"), complex(" (3-4j) "))
print(z.real, z.imag, z.conjugate(), abs(3+4j), z * z, z / (1 - 1j), z - 1, 1 - z, 2 * z, z ** 2, z ** 0.5, 2 ** z)
print(hash(1 + 0j) == hash(1), hash(z), z == 1 + 2j, z != 2, 1 + 0j == 1, bool(0j), bool(z))
print(repr(complex(-0.0, 1)), repr(complex(0, -0.0)), complex(float("inf"), float("nan")), complex(1e300, 1e-5))
print(isinstance(z, complex), complex.__name__, type(z).__module__, complex(1j, 1j), (1j) ** 2)
for bad in ["1+", "j+1", "1 + 2j", "", "abc", "1__2j"]:
    try:
        complex(bad)
    except ValueError as e:
        print(repr(bad), "ValueError:", e)
for f in [lambda: 1j // 2, lambda: 1j % 2, lambda: 1j < 2j, lambda: int(1j), lambda: float(1j),
          lambda: 1 / 0j, lambda: 0j ** -1, lambda: complex("1", 2), lambda: complex(1, "2"), lambda: complex([]),
          lambda: (10 + 10j) ** 1000, lambda: 1j + "a"]:
    try:
        print(f())
    except Exception as e:
        print(type(e).__name__ + ":", e)
print(format(1 + 2j, ".2f"), format(1.5 - 2j, "") , f"{3j:>10}", "{:g}".format(1+1j))
print(sum([1j, 2, 3.5]), [1j, 2j][1], {1j: 1}[1j], sorted([3, 1, 2], key=lambda x: abs(x * 1j)))


class MyComplex(complex):
    def double(self):
        return self * 2


m = MyComplex(1, 2)
print(m, type(m).__name__, m.double(), isinstance(m, complex), m == 1 + 2j)


class HasComplex:
    def __complex__(self):
        return 5j


class HasFloat:
    def __float__(self):
        return 2.5


print(complex(HasComplex()), complex(HasFloat()), complex(HasFloat(), HasFloat()))
print(complex(1e308 * 10, 0), -(1 + 2j), +(1j), abs(-3j), (1 + 1j) ** 3, (2 + 0j) ** -2)
print(1j.real, 1j.imag, (3 - 4j).conjugate(), 1j * 1j, 1e16j, 1.5e-7j)
try:
    (1j).real = 5
except AttributeError:
    print("real is read-only")
