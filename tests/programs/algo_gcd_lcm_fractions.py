def gcd(a, b):
    while b:
        a, b = b, a % b
    return abs(a)
def lcm(a, b):
    return a * b // gcd(a, b)
def ext_gcd(a, b):
    if b == 0:
        return a, 1, 0
    g, x, y = ext_gcd(b, a % b)
    return g, y, x - (a // b) * y
print(gcd(48, 18), gcd(17, 5), gcd(0, 9), gcd(-12, 8))
print(lcm(4, 6), lcm(21, 6))
l = 1
for i in range(1, 21):
    l = lcm(l, i)
print("lcm 1..20 =", l)
print(ext_gcd(240, 46))
class Frac:
    def __init__(self, n, d=1):
        g = gcd(n, d)
        if d < 0:
            g = -g
        self.n, self.d = n // g, d // g
    def __add__(self, o):
        return Frac(self.n * o.d + o.n * self.d, self.d * o.d)
    def __mul__(self, o):
        return Frac(self.n * o.n, self.d * o.d)
    def __repr__(self):
        return f"{self.n}/{self.d}"
s = Frac(0)
for k in range(1, 11):
    s = s + Frac(1, k)
print("H10 =", s)
print(Frac(6, -8), Frac(3, 4) * Frac(2, 3))
