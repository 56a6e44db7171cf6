first, *middle, last = range(6)
print(first, middle, last)
*init, tail = "hello"
print(init, tail)
head, *rest = [1]
print(head, rest)
a, (b, *c), d = 1, (2, 3, 4), 5
print(a, b, c, d)
for x, *ys in [(1, 2, 3), (4,), (5, 6)]:
    print(x, ys)
merged = [*range(3), *"ab", *[9]]
print(merged)
t = (*merged[:2], 100)
print(t)
s = {*range(3), *[2, 3, 4]}
print(s)
d1 = {"a": 1, "b": 2}
d2 = {**d1, "b": 20, **{"c": 3}}
print(d2)
def f(*args, **kw):
    return args, kw
print(f(*[1, 2], *(3,), **{"x": 1}, **{"y": 2}))
print(*[1, 2, 3], sep="-")
x, y = y, x = 1, 2
print(x, y)
(p, q), r = "ab", "c"
print(p, q, r)
