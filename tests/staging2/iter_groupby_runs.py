import itertools

s = "aaabccddddde"
print([(k, len(list(g))) for k, g in itertools.groupby(s)])
encoded = "".join(f"{len(list(g))}{k}" for k, g in itertools.groupby(s))
print(encoded)
people = [("ann", "eng"), ("bob", "eng"), ("cy", "ops"), ("di", "eng"), ("ed", "ops")]
people.sort(key=lambda p: p[1])
for dept, grp in itertools.groupby(people, key=lambda p: p[1]):
    print(dept, [name for name, _ in grp])
nums = [1, 2, 3, 7, 8, 10, 11, 12, 20]
ranges = []
for _, g in itertools.groupby(enumerate(nums), key=lambda t: t[1] - t[0]):
    g = [v for _, v in g]
    ranges.append(f"{g[0]}-{g[-1]}" if len(g) > 1 else str(g[0]))
print(",".join(ranges))
print([k for k, _ in itertools.groupby([1, 1, 2, 2, 1, 1, 3])])
words = ["apple", "avocado", "banana", "blueberry", "cherry", "apricot"]
for letter, grp in itertools.groupby(sorted(words), key=lambda w: w[0]):
    print(letter, list(grp))
groups = itertools.groupby("xxyyy")
k1, g1 = next(groups)
k2, g2 = next(groups)
print(k1, list(g1), k2, list(g2))
