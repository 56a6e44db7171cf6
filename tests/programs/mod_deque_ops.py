from collections import deque

d = deque()
for i in range(5):
    d.append(i)
    d.appendleft(-i)
print(d, len(d))
print(d.pop(), d.popleft(), d)
d.extend([10, 11])
d.extendleft([20, 21])
print(d)
d.rotate(2)
print(d)
d.rotate(-3)
print(d)
print(d[0], d[-1], 10 in d, 99 in d, d.count(0))
d.remove(10)
print(d, list(reversed(d)))
d.clear()
print(d, bool(d))
q = deque(["a", "b", "c"])
while q:
    x = q.popleft()
    print("visit", x)
    if x == "a":
        q.append("d")
print(deque(range(3)) == deque([0, 1, 2]))
