nums = [3, -1, 4, -1, 5, -9, 2, 6]
print(list(map(lambda x: x * x, nums)))
print(list(filter(lambda x: x > 0, nums)))
print(sorted(nums, key=lambda x: (abs(x), x)))
print(list(map(lambda a, b: a + b, [1, 2], [3, 4, 5])))
print(list(filter(None, [0, 1, "", "a", None, [], [0]])))
f = lambda *a, **k: (a, sorted(k))
print(f(1, 2, z=3))
g = lambda x, y=10: x + y
print(g(1), g(1, 2))
adders = {n: (lambda x, n=n: x + n) for n in range(3)}
print([adders[k](100) for k in adders])
curry = lambda a: lambda b: lambda c: a * 100 + b * 10 + c
print(curry(1)(2)(3))
fact = lambda n: 1 if n == 0 else n * fact(n - 1)
print(fact(10))
pairs = [("b", 2), ("a", 2), ("c", 1)]
print(sorted(pairs, key=lambda p: (-p[1], p[0])))
print(max(pairs, key=lambda p: p[1]), min(pairs, key=lambda p: p[0]))
