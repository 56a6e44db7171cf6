import math

for n in range(7):
    print(" ".join(str(math.comb(n, k)).rjust(3) for k in range(n + 1)))
print(math.comb(52, 5), math.comb(10, 0), math.comb(10, 11), math.comb(100, 50))
print(math.perm(5), math.perm(5, 2), math.perm(10, 3), math.perm(4, 5))
total = sum(math.comb(12, k) for k in range(13))
print(total, total == 2 ** 12)
def catalan(n):
    return math.comb(2 * n, n) // (n + 1)
print([catalan(i) for i in range(12)])
print(all(math.perm(n, k) == math.comb(n, k) * math.factorial(k) for n in range(10) for k in range(n + 1)))
print(math.factorial(25))
print(len(str(math.factorial(100))))
def derangements(n):
    return round(sum((-1) ** k * math.factorial(n) // math.factorial(k) for k in range(n + 1)))
print([derangements(i) for i in range(9)])
