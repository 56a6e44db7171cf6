# heapq's core operations (native in hotpy, as CPython's _heapq): layouts equal to
# CPython's, errors, comparisons that raise, and items whose __lt__ changes the list.
import heapq
import random

random.seed(7)
data = [random.randrange(1000) for _ in range(200)]
h = []
for x in data:
    heapq.heappush(h, x)
print(h[:20])
print([heapq.heappop(h) for _ in range(10)])
print(heapq.heapreplace(h, 5), heapq.heappushpop(h, 3), heapq.heappushpop(h, 999))
h2 = list(data)
heapq.heapify(h2)
print(h2[:20], len(h2))
print(sorted(data) == [heapq.heappop(h2) for _ in range(len(data))])
print(heapq.heappushpop([], 4))
print(heapq.nsmallest(3, data), heapq.nlargest(3, data))

for call in [
    lambda: heapq.heappop([]),
    lambda: heapq.heapreplace([], 1),
    lambda: heapq.heappush((), 1),
    lambda: heapq.heapify(None),
    lambda: heapq.heappush([]),
    lambda: heapq.heappop(),
    lambda: heapq.heappush([1, "a"], 2),
    lambda: heapq.heapreplace("x", 1),
    lambda: heapq.heappushpop([], 1, 2),
    lambda: heapq.heapify([], []),
    lambda: heapq.heappush([], x=1),
]:
    try:
        print(call())
    except Exception as e:
        print(type(e).__name__, e)


class Task:
    def __init__(self, prio, name):
        self.prio, self.name = prio, name

    def __lt__(self, other):
        return (self.prio, self.name) < (other.prio, other.name)

    def __repr__(self):
        return f"{self.name}:{self.prio}"


tasks = []
for i, p in enumerate([5, 1, 4, 1, 3, 9, 2]):
    heapq.heappush(tasks, Task(p, f"t{i}"))
print([heapq.heappop(tasks) for _ in range(len(tasks))])


class Shrink:
    def __init__(self, heap, v):
        self.heap, self.v = heap, v

    def __lt__(self, other):
        self.heap.clear()
        return self.v < other.v


shared = []
shared.extend([Shrink(shared, 3), Shrink(shared, 1)])
try:
    heapq.heapify(shared)
except RuntimeError as e:
    print("RuntimeError", e, len(shared))


class Boom:
    def __lt__(self, other):
        raise ValueError("no order")


b = [Boom(), Boom()]
try:
    heapq.heappush(b, Boom())
except ValueError as e:
    print("ValueError", e, len(b))
