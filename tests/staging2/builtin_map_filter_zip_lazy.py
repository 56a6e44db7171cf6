trace = []
def sq(x):
    trace.append(("sq", x))
    return x * x
def even(x):
    trace.append(("even", x))
    return x % 2 == 0
pipe = filter(even, map(sq, range(5)))
print(trace)
print(next(pipe), trace)
trace.clear()
print(list(pipe), trace)
z = zip([1, 2, 3], "ab", (True, False, None))
print(list(z), list(z))
e = enumerate("xyz", start=10)
print(next(e), list(e))
m = map(lambda a, b: a - b, [10, 20, 30], [1, 2])
print(list(m))
print(list(map(str, [])), list(filter(None, [0, 1, 2, 0])))
it = iter([1, 2, 3, 4, 5, 6])
print(list(zip(it, it, it)))
r = range(10, 0, -3)
print(list(r), len(r), r[1], 7 in r, 8 in r, r.index(4))
print(type(map(str, [])).__name__, type(zip()).__name__, type(filter(None, [])).__name__, type(enumerate([])).__name__)
print(list(reversed(range(5))), list(enumerate(reversed("ab"))))
print(sum(map(int, "12345")), any(map(even, [1, 3, 4])), all(map(even, [])))
