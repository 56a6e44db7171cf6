import random

random.seed(31337)
pos = 0
trace = []
for step in range(40):
    pos += random.choice([-1, 1])
    trace.append(pos)
print(trace)
print(max(trace), min(trace))
counts = {i: 0 for i in range(1, 7)}
for _ in range(600):
    counts[random.randint(1, 6)] += 1
print(counts, sum(counts.values()))
inside = 0
N = 2000
for _ in range(N):
    x, y = random.random(), random.random()
    if x * x + y * y <= 1:
        inside += 1
print(inside, round(4 * inside / N, 3))
grid = [[random.choice(".#") for _ in range(12)] for _ in range(4)]
for row in grid:
    print("".join(row))
