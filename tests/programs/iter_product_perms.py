import itertools

print(list(itertools.product([0, 1], repeat=3)))
print(["".join(p) for p in itertools.product("ab", "xy", "12")])
print(len(list(itertools.product(range(4), repeat=4))))
print(list(itertools.permutations("abc")))
print(len(list(itertools.permutations(range(6), 3))))
print(list(itertools.combinations(range(5), 3)))
print(list(itertools.combinations_with_replacement("ab", 3)))
print(list(itertools.combinations([1, 2], 3)))
coins = [1, 5, 10, 25]
ways = [c for n in range(1, 4) for c in itertools.combinations_with_replacement(coins, n) if sum(c) == 30]
print(ways)
target = 10
triples = [t for t in itertools.combinations(range(1, 10), 3) if sum(t) == target]
print(triples)
best = max(itertools.permutations([3, 1, 2]), key=lambda p: p[0] * 100 + p[1] * 10 + p[2])
print(best)
print(sum(1 for a, b in itertools.product(range(1, 7), repeat=2) if a + b == 7))
