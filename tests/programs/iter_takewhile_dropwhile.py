import itertools

data = [1, 4, 6, 4, 1, 8, 2]
print(list(itertools.takewhile(lambda x: x < 5, data)))
print(list(itertools.dropwhile(lambda x: x < 5, data)))
print(list(itertools.filterfalse(lambda x: x % 2, range(10))))
lines = ["# header", "# more", "data 1", "# not header", "data 2"]
body = list(itertools.dropwhile(lambda s: s.startswith("#"), lines))
print(body)
squares = (n * n for n in itertools.count(1))
print(list(itertools.takewhile(lambda s: s < 100, squares)))
print(next(squares))
print(list(itertools.filterfalse(None, [0, 1, "", "a", None, [], [0]])))
def primes():
    n = 2
    while True:
        if all(n % p for p in range(2, int(n ** 0.5) + 1)):
            yield n
        n += 1
print(list(itertools.takewhile(lambda p: p < 60, primes())))
print(list(itertools.compress("ABCDEF", [1, 0, 1, 0, 1, 1])))
