import math

print(math.sqrt(2), math.sqrt(144), math.sqrt(0.25))
print(math.floor(3.7), math.floor(-3.2), math.ceil(3.2), math.ceil(-3.7))
print(type(math.floor(2.5)).__name__, type(math.sqrt(4)).__name__)
print(math.trunc(7.9), math.trunc(-7.9), math.trunc(5))
print(math.gcd(0, 5), math.gcd(48, 180), math.gcd(-12, 8), math.gcd(17, 31))
print(math.factorial(0), math.factorial(1), math.factorial(10))
print(math.isqrt(0), math.isqrt(15), math.isqrt(16), math.isqrt(10**20 + 1))
print(round(math.pi, 5), round(math.pi * 2, 3))
print(math.log(1), math.log(100, 10), round(math.log(math.pi ** 3, math.pi), 9))
print(math.log(1024, 2), math.log(81, 3))
for n in [1, 2, 9, 10, 99, 100, 1000]:
    print(n, math.isqrt(n), math.isqrt(n) ** 2 == n)
def is_square(n):
    r = math.isqrt(n)
    return r * r == n
print([n for n in range(1, 200) if is_square(n)])
print(math.hypot(5, 12), math.hypot(8, 15))
print(math.floor(1e10 + 0.5), math.ceil(-0.5))
