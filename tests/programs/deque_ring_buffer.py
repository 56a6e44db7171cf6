# collections.deque: a ring buffer (O(1) at both ends), every method and operator, maxlen,
# mutation during iteration, copies, pickling, subclasses, a BFS and a sliding window.
from collections import deque
d = deque([1,2,3], maxlen=3)
for f in [lambda: d.insert(0, 9), lambda: d.index(7), lambda: d.remove(7), lambda: d[5], lambda: d['a'], lambda: d + [1], lambda: setattr(d,'maxlen',3), lambda: deque(maxlen=-1), lambda: deque(maxlen='a'), lambda: deque().pop(), lambda: deque().popleft(), lambda: d.rotate('x')]:
    try: print(f())
    except Exception as e: print(type(e).__name__, e)
it = iter(d); next(it); d.append(5)
try: next(it)
except RuntimeError as e: print(e)
d2 = deque(range(5)); d2.rotate(2); print(d2, d2 * 2, 2 * d2, d2 + deque([9])); d2 += [7]; print(d2); d2 *= 2; print(d2, len(d2))
del d2[0]; print(d2, d2.index(4, 2), d2.count(4)); d2.insert(-1, 'x'); print(d2); d2.reverse(); print(d2, deque(maxlen=0), deque([1,2], maxlen=1))
print(deque([1,2]) == deque([1,2]), deque([1]) < deque([2]), deque([1]) == [1])
import copy, pickle
q = deque(range(10), maxlen=12); q.appendleft(-1); q.rotate(-3)
print(q, copy.copy(q), copy.deepcopy(q), pickle.loads(pickle.dumps(q)), q.maxlen, list(reversed(q)), q[-2], 5 in q)
class Sub(deque): pass
s = Sub([1, 2]); print(s, s.copy(), type(s.copy()).__name__, s + deque([3]))
r = deque(); r.append(r); print(r)
big = deque()
for i in range(6000):
    big.append(i)
    if i % 3 == 0:
        big.popleft()
print(len(big), big[0], big[-1], sum(big) % 1000)
win = deque(maxlen=4)
for i in range(10):
    win.append(i); print(list(win), end=";")
print()
g = {0: [1, 2], 1: [3], 2: [3, 4], 3: [5], 4: [5], 5: []}
seen, order, todo = {0}, [], deque([0])
while todo:
    n = todo.popleft(); order.append(n)
    for m in g[n]:
        if m not in seen: seen.add(m); todo.append(m)
print(order, deque('abc').__reduce__()[:2], deque[int])
