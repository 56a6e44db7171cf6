def check(x):
    return 0 <= x < 10, 1 < x <= 3 < 5, x == x == x, 0 < x != 5
for x in [-1, 0, 2, 3, 5, 10]:
    print(x, check(x))
calls = []
def f(v):
    calls.append(v)
    return v
print(f(1) < f(2) < f(0) < f(3))
print(calls)
print(1 < 2 > 1, "a" < "b" < "c", [1, 2] < [1, 3], (1, 2) < (1, 2, 0))
print(not 1 == 2, 3 in [1, 2, 3] in [[1, 2, 3]])
a_val = 1
print(a_val is not None, None is None)
