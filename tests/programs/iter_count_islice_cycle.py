import itertools

print(list(itertools.islice(itertools.count(), 5)))
print(list(itertools.islice(itertools.count(5, 3), 4)))
print(list(itertools.islice(itertools.count(1.5, 0.5), 4)))
print(list(itertools.islice(range(100), 10, 20, 3)))
print(list(itertools.islice("abcdefg", 2, None)))
print(list(itertools.islice(itertools.cycle("abc"), 8)))
print(list(itertools.repeat("x", 3)), list(itertools.repeat(0, 0)))
print(list(map(pow, range(5), itertools.repeat(2))))
for i, color in zip(range(7), itertools.cycle(["red", "green"])):
    print(i, color)
counter = itertools.count(100)
print(next(counter), next(counter), next(counter))
it = iter(range(10))
print(list(itertools.islice(it, 3)), list(itertools.islice(it, 3)), list(it))
