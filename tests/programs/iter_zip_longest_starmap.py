import itertools

print(list(itertools.zip_longest("abc", [1, 2])))
print(list(itertools.zip_longest([1, 2, 3], "ab", [True], fillvalue=0)))
print(list(itertools.starmap(pow, [(2, 5), (3, 2), (10, 3)])))
print(list(itertools.starmap(lambda a, b: a * b, zip(range(5), range(5, 10)))))
print(list(itertools.pairwise([1, 4, 9, 16, 25])))
print([b - a for a, b in itertools.pairwise([1, 4, 9, 16, 25])])
print(list(itertools.pairwise("x")), list(itertools.pairwise("")))
cols = [["name", "ann", "bob"], ["age", "31"], ["city", "oslo", "rome", "kyiv"]]
for row in itertools.zip_longest(*cols, fillvalue="-"):
    print(" | ".join(f"{c:<5}" for c in row))
a, b = itertools.tee([1, 2, 3])
print(list(a), list(b))
it = itertools.starmap(divmod, [(17, 5), (100, 7)])
print(next(it), next(it))
print(list(itertools.pairwise(itertools.islice(itertools.count(0, 3), 5))))
