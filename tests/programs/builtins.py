print(int("42"), int(3.9), int(-3.9), float("1.5"), float(2), bool(0), bool("x"), int(), float())
print(list("abc"), list(range(4)), tuple([1, 2]), list({"a": 1, "b": 2}), tuple())
print(min(3, 1, 2), max([4, 9, 2]), min("bca"), sum([1, 2, 3]), sum([0.5, 0.25], 1), sum(range(101)))
print(sorted([3, 1, 2]), sorted(["b", "a"]), sorted([2, 3, 1], reverse=True), sorted("hello"))
for i, c in enumerate("ab"):
    print(i, c)
for i, c in enumerate("xy", 1):
    print(i, c)
for a, b in zip([1, 2, 3], "abcd"):
    print(a, b)
print(isinstance(1, int), isinstance(True, int), isinstance("s", (int, str)), isinstance(1.0, int), isinstance([], list))
print(chr(65), ord("a"), any([0, 0, 1]), all([1, 0]), all([]), any([]))
print(divmod(17, 5), divmod(-17, 5), divmod(7.5, 2), round(2.5), round(3.5), round(2.675, 2), round(-0.5), round(7))
print(hex(255), bin(5), oct(8), hex(-1))
try:
    int("x1")
except ValueError as e:
    print(e)
print(max([]))
