import math

def lcm(a, b):
    return a * b // math.gcd(a, b)
acc = 1
for i in range(1, 21):
    acc = lcm(acc, i)
print(acc)
def phi(n):
    return sum(1 for k in range(1, n + 1) if math.gcd(n, k) == 1)
print([phi(n) for n in range(1, 21)])
def primes_upto(n):
    sieve = [True] * (n + 1)
    sieve[0] = sieve[1] = False
    for i in range(2, math.isqrt(n) + 1):
        if sieve[i]:
            for j in range(i * i, n + 1, i):
                sieve[j] = False
    return [i for i, p in enumerate(sieve) if p]
ps = primes_upto(100)
print(len(ps), ps[-5:])
def pythag(limit):
    out = []
    for a in range(1, limit):
        for b in range(a, limit):
            c2 = a * a + b * b
            c = math.isqrt(c2)
            if c * c == c2 and c < limit and math.gcd(a, b) == 1:
                out.append((a, b, c))
    return out
print(pythag(50))
print(math.gcd(2**64, 6**40), math.isqrt(2**100))
