import math

vals = [0.1] * 10
print(sum(vals), math.fsum(vals))
print(math.fsum([1e100, 1.0, -1e100]), sum([1e100, 1.0, -1e100]))
print(math.prod([1, 2, 3, 4, 5]), math.prod([]), math.prod(range(1, 21)))
print(math.prod([2.5, 4]), math.prod([3], start=10))
print(math.prod(x for x in range(1, 30, 3)))
print(math.hypot(3, 4), math.hypot(1, 1) == math.sqrt(2))
print(math.hypot(2, 3, 6), math.hypot())
pts = [(0, 0), (3, 4), (6, 8), (9, 12)]
dist = sum(math.hypot(b[0] - a[0], b[1] - a[1]) for a, b in zip(pts, pts[1:]))
print(dist)
print(math.fsum(i / 7 for i in range(1, 8)))
print(math.trunc(math.fsum([0.5, 0.25, 0.125]) * 8))
