a, b, c = 1, 2, 3
a, b, c = c, a, b
print(a, b, c)
lst = [10, 20, 30, 40]
lst[0], lst[-1] = lst[-1], lst[0]
print(lst)
i = 0
i, lst[i] = 2, 99
print(i, lst)
points = [(1, (2, 3)), (4, (5, 6))]
for x, (y, z) in points:
    print(x + y + z)
records = {"ann": (31, ["py", "rs"]), "bob": (25, ["go"])}
for name, (age, (first_lang, *other)) in sorted(records.items()):
    print(name, age, first_lang, other)
def minmax(seq):
    return min(seq), max(seq)
lo, hi = minmax([4, 9, 1, 7])
print(lo, hi)
def fib_pairs(n):
    a, b = 0, 1
    out = []
    for _ in range(n):
        out.append((a, b))
        a, b = b, a + b
    return out
print(fib_pairs(6))
[m, n] = [5, 6]
print(m * n)
for idx, (k, v) in enumerate({"x": 1, "y": 2}.items()):
    print(idx, k, v)
