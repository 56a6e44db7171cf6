names = ["ann", "bob", "cy"]
ages = [31, 25, 40, 99]
for i, n in enumerate(names):
    print(i, n)
for i, n in enumerate(names, start=10):
    print(i, n)
print(list(zip(names, ages)))
print(dict(zip(names, ages)))
print(list(zip(*[(1, "a"), (2, "b"), (3, "c")])))
print(list(reversed(names)), list(reversed(range(5))), list(reversed("abc")))
print(list(range(10, 0, -3)), list(range(5, 5)), len(range(0, 100, 7)), range(3)[1], 4 in range(0, 10, 2))
print(list(map(str.upper, names)), list(map(len, names)))
print(list(filter(lambda a: a > 30, ages)))
print(sorted(zip(ages, names), reverse=True))
it = iter(ages)
print(next(it), next(it), list(it))
print(any(a > 90 for a in ages), all(a > 20 for a in ages), any([]), all([]))
print(sum(range(101)), sum([[1], [2, 3]], []), sum([0.5] * 4, 10))
r = range(2, 20, 4)
print(r.start, r.stop, r.step, list(r), r[-1], r.index(10))
