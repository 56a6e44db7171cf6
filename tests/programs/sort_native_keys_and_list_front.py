# sorted/list.sort: keys compared natively (ints, floats, strs, tuples of them, mixed int/float,
# bools) and through the VM (user __lt__, NaN in small lists as CPython sorts them), reverse
# stability, TypeErrors; list front removal and insertion (pop(0), del l[0], insert(0, x)).
import random
random.seed(5)
class K:
    def __init__(s, v): s.v = v
    def __lt__(s, o): return s.v < o.v
    def __repr__(s): return f"K{s.v}"
for n in [0, 1, 2, 3, 10, 100]:
    for gen in [lambda: random.randint(0, 5), lambda: random.random(), lambda: str(random.randint(0, 20)),
                lambda: (random.randint(0, 3), str(random.randint(0,3))), lambda: random.choice([1, 1.5, True, 2, -0.0, 0])]:
        l = [gen() for _ in range(n)]
        a = sorted(l); b = sorted(l, reverse=True)
        print(n, a[:6], b[:6], sorted(l, key=lambda x: x if not isinstance(x, tuple) else x[0])[:5])
l = [K(random.randint(0, 9)) for _ in range(30)]
print(sorted(l)); print(sorted(l, reverse=True)); print(sorted(list(range(20)) + list(range(10)), key=lambda v: -v))
data = [(x % 3, i) for i, x in enumerate(range(20))]
print(sorted(data, key=lambda t: t[0]))
print(sorted(data, key=lambda t: t[0], reverse=True))
try: sorted([1, 'a', 2])
except TypeError as e: print(e)
try: sorted([(1, 'a'), (1, 2)])
except TypeError as e: print(e)
print(sorted([(1, 'a'), (2, 1)]))
print(sorted([float('nan'), 1.0, 0.5, float('nan'), -1.0]))
print(sorted([2**70, 1, -2**65, 3.5]))
print(sorted(['b', 'é', 'a', 'Z', '']))
print(sorted([1, 2, 3], key=lambda x: [x]))
l = [3, 1, 2]; l.sort(reverse=True); print(l)
print(sorted(list(range(1000, 0, -1)))[:5], sorted(range(50))[-3:])
print(sorted([[2], [1, 5], [1]]))
print(sorted([True, 0, False, 1, -1]))
l = list(range(10))
print(l.pop(0), l.pop(3), l.pop(-1), l)
del l[0]; del l[-2]; print(l)
l.insert(0, 'a'); l.insert(2, 'b'); l.insert(100, 'c'); l.insert(-100, 'd'); print(l)
q = list(range(2000)); total = 0
while q: total += q.pop(0)
print(total)
q = []
for i in range(1000): q.insert(0, i)
print(q[:3], q[-3:], len(q))
try: [].pop(0)
except IndexError as e: print(e)
try: del q[5000]
except IndexError as e: print(e)
l = [1, 2, 3, 2]; l.remove(2); print(l)
