t = 1, 2, 3
a, b, c = t
print(t, a, b, c)
first, *rest = [1, 2, 3, 4]
*init, last = "hello"
x, *mid, y = range(6)
print(first, rest, init, last, x, mid, y)
(p, q), r = (1, 2), 3
print(p, q, r)
a, b = b, a
print(a, b)
print((1,), (), tuple([1, 2]), tuple("ab"))
print(t + (4,), t * 2, t[1:], t.index(2), t.count(3), len(t))
print((1, 2) < (1, 3), (2,) > (1, 9), max((1, "b"), (1, "a")))
for i, (name, score) in enumerate([("a", 1), ("b", 2)]):
    print(i, name, score)
nested = ((1, 2), (3, 4))
print([x + y for x, y in nested])
def minmax(s):
    return min(s), max(s)
lo, hi = minmax([4, 9, 1])
print(lo, hi)
print(hash((1, 2)) == hash((1, 2)))
