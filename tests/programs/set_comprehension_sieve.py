N = 60
composites = {j for i in range(2, 8) for j in range(i * i, N, i)}
primes = set(range(2, N)) - composites
print(sorted(primes))
squares = {n * n for n in range(10)}
sums = {a + b for a in squares for b in squares}
print(sorted(x for x in range(50) if x in sums))
print(sorted(x for x in range(50) if x not in sums))
mod_classes = {r: {x for x in range(20) if x % 4 == r} for r in range(4)}
for r, s in mod_classes.items():
    print(r, sorted(s))
digits_used = {d for n in [123, 456, 789, 101] for d in str(n)}
print(sorted(digits_used))
a = {x for x in range(30) if x % 3 == 0}
b = {x for x in range(30) if x % 5 == 0}
print(sorted(a & b), len(a | b), sorted(a ^ b)[:5])
