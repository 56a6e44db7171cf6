print(list(zip([1, 2, 3])))
print(list(zip("ab", range(10), [True] * 5)))
print(list(zip([], [1, 2])))
pairs = [("a", 1), ("b", 2), ("c", 3)]
letters, numbers = zip(*pairs)
print(letters, numbers)
print(dict(zip(numbers, letters)))
matrix = [[1, 2, 3], [4, 5, 6]]
print([list(col) for col in zip(*matrix)])
try:
    list(zip([1, 2], [3], strict=True))
except ValueError as e:
    print("ValueError:", e)
print(list(zip(range(3), range(3), strict=True)))
print(list(zip()))
print("done")
