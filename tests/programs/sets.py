s = {3, 1, 2}
print(s, len(s), 2 in s, 5 not in s, set(), frozenset([1, 2]), frozenset())
s.add(4); s.discard(10); s.remove(1)
print(sorted(s), s)
a, b = {1, 2, 3}, {2, 3, 4}
print(a | b, a & b, a - b, a ^ b, a <= b, {2} < a, a >= {1}, a == {3, 2, 1}, a != b)
print(a.union([9]), a.intersection(b, {3}), a.difference(b), a.symmetric_difference(b), a.issubset(range(10)), a.isdisjoint({7}))
print({x % 3 for x in range(10)}, {*"abc"} == set("cab"), len(set("hello")))
fs = frozenset({1, 2})
d = {fs: "frozen"}
print(d[frozenset([2, 1])], hash(fs) == hash(frozenset([1, 2])))
try:
    {[1]}
except TypeError as e:
    print(e)
try:
    {1}.remove(5)
except KeyError as e:
    print("KeyError", e)
try:
    hash({1})
except TypeError as e:
    print(e)
u = set(); u.update([1, 2], (3,)); print(u, u.pop(), u)
print(5 & 3, 5 | 3, 5 ^ 3, 1 << 10, -16 >> 2, ~5, +7, True & False, True | False, True ^ True)
for x in sorted({"b", "a"}):
    print(x)
c = a.copy(); c.clear(); print(c, a)
print(bool(set()), bool({0}), list({1: 2}.keys()) if False else "")
print(hash(-1), set([-1, -2, 5, 13, 8]), {1, 9, 17, 25, 33, 41}, {-1, -2, 5, 13, 8})
s={1,2,3}
s.discard(2); s.add(10); print(s, s.pop(), s)
print({x*7 for x in range(12)}, set(range(20)) - {3}, set(range(20)) ^ {3, 40, 17}, {100, 200} | set(range(10)))
print(set(range(50)) & {49, 1, 25, 8}, frozenset(range(6)) | {64})
a = 1
print(set([1, 9, 17, 25, 33, 41]), {a, 9, 17, 25, 33, 41}, frozenset([1, 9, 17, 25, 33, 41]), set(frozenset([1, 9, 17, 25, 33, 41])))
print({1, 9, 17, 25, 33, 41})
print(set(range(0, 100, 7)), {x for x in range(0, 100, 7)})
