import time

t0 = time.time()
print(t0 > 1_600_000_000, type(t0).__name__)
total = 0
for i in range(10000):
    total += i
t1 = time.time()
print(total, t1 >= t0)
p0 = time.perf_counter()
p1 = time.perf_counter()
print(p1 >= p0, type(p0).__name__)
m0 = time.monotonic()
print(time.monotonic() >= m0)
