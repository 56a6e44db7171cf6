class Polynomial:
    def __init__(self, *coeffs):
        self.coeffs = list(coeffs)
    def __call__(self, x):
        r = 0
        for c in reversed(self.coeffs):
            r = r * x + c
        return r
    def __len__(self):
        return len(self.coeffs)
    def __bool__(self):
        return any(self.coeffs)
    def __repr__(self):
        terms = [f"{c}x^{i}" for i, c in enumerate(self.coeffs) if c]
        return " + ".join(terms) if terms else "0"
p = Polynomial(1, 0, 2)
print(p, [p(x) for x in range(5)], len(p), bool(p))
z = Polynomial(0, 0)
print(z, bool(z), len(z))
if not z:
    print("zero polynomial is falsy")
class Empty:
    def __len__(self):
        return 0
print(bool(Empty()), "truthy" if Empty() else "falsy")
class Adder:
    def __init__(self, n):
        self.n = n
    def __call__(self, x, *more):
        return self.n + x + sum(more)
add5 = Adder(5)
print(add5(1), add5(1, 2, 3), list(map(add5, [10, 20])))
