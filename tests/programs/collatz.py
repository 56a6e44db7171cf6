def steps(n):
    count = 0
    while n != 1:
        n = n // 2 if n % 2 == 0 else 3 * n + 1
        count += 1
    return count


best = max(range(1, 3000), key=None) if False else 0
longest = 0
for n in range(1, 3000):
    s = steps(n)
    if s > longest:
        longest, best = s, n
print(best, longest)
