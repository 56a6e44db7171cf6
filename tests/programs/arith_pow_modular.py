# three-argument pow and modular arithmetic
def modexp(b, e, m):
    r = 1
    b %= m
    while e > 0:
        if e & 1:
            r = r * b % m
        b = b * b % m
        e >>= 1
    return r
for b, e, m in [(2, 10, 1000), (3, 200, 13), (5, 117, 19), (123456789, 987654321, 1000000007)]:
    print(b, e, m, pow(b, e, m), modexp(b, e, m))
def is_probable_prime(n):
    if n < 2:
        return False
    for a in [2, 3, 5, 7, 11]:
        if n % a == 0:
            return n == a
        if pow(a, n - 1, n) != 1:
            return False
    return True
print([n for n in range(2, 60) if is_probable_prime(n)])
print(is_probable_prime(2 ** 61 - 1))
print(pow(2, 0), pow(0, 0), pow(-3, 3), pow(2, -2))
