a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
c = {1, 2}
print(a | b, a & b, a - b, b - a, a ^ b)
print(a.union(b, [8, 9]), a.intersection(b, {5}), a.difference(b, c))
print(c <= a, c < a, a <= a, a < a, a >= c, b > c)
print(c.issubset(a), a.issuperset(c), a.isdisjoint(b), c.isdisjoint({9}))
s = set()
s |= {3, 1}
s &= {1, 2, 3}
s ^= {3, 4}
s -= {9}
print(s)
s.update([10, 11], (12,))
s.discard(100)
s.discard(10)
print(sorted(s), len(s))
s.intersection_update({1, 4, 11, 99})
print(s)
s.symmetric_difference_update({4, 5})
print(s)
print({x % 5 for x in range(20)}, set(range(3)) == {0, 1, 2})
print(sorted({-3, 10, 0, 7, -1}), min(a), max(b), sum(a | b))
