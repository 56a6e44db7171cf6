a = {1, 2, 3, 4, 5}
b = {4, 5, 6, 7}
print(sorted(a | b), sorted(a & b), sorted(a - b), sorted(a ^ b))
print(a.union(b) == a | b, a.intersection([4, 9]), a.difference(b), b.symmetric_difference(a) == a ^ b)
print({1, 2} <= a, {1, 2} < a, a >= {1}, a.issubset(range(10)), a.isdisjoint({8, 9}))
s = set()
s.add(3); s.add(1); s.add(3)
print(s, len(s))
s.update([5, 6], (7,))
s.discard(100)
s.discard(6)
s.remove(5)
print(sorted(s))
print(s.pop() in {1, 3, 7}, len(s))
c = {x % 4 for x in range(20)}
print(c, 3 in c, 4 in c)
d = a.copy()
d -= {1}
d |= {10}
d &= {2, 3, 10, 11}
print(sorted(d), sorted(a))
print(set([3, 3, 2]) == {2, 3}, set() == set(), len(set("aab")))
print(sorted(set(range(5)) - {0, 2}))
