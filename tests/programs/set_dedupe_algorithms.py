data = [5, 3, 5, 1, 3, 9, 1, 5, 7]
seen = set()
unique = []
for x in data:
    if x not in seen:
        seen.add(x)
        unique.append(x)
print(unique)
print(sorted(set(data)))
def has_pair_sum(nums, target):
    s = set()
    for n in nums:
        if target - n in s:
            return (target - n, n)
        s.add(n)
    return None
print(has_pair_sum([2, 7, 11, 15], 9), has_pair_sum([1, 2, 3], 10))
primes = set(range(2, 50))
for i in range(2, 8):
    primes -= set(range(i * i, 50, i))
print(sorted(primes))
a = {n for n in range(30) if n % 2 == 0}
b = {n for n in range(30) if n % 3 == 0}
print(sorted(a & b), len(a | b), sorted(b - a))
