def traffic_light():
    states = ["green", "yellow", "red"]
    durations = {"green": 3, "yellow": 1, "red": 2}
    i = 0
    while True:
        s = states[i % 3]
        for t in range(durations[s]):
            yield s, t
        i += 1

tl = traffic_light()
print([next(tl) for _ in range(8)])
def take(n, it):
    out = []
    for x in it:
        if len(out) == n:
            break
        out.append(x)
    return out
def collatz(n):
    while n != 1:
        yield n
        n = n // 2 if n % 2 == 0 else 3 * n + 1
    yield 1
print(list(collatz(27))[:10], len(list(collatz(27))))
print(max(range(1, 30), key=lambda n: sum(1 for _ in collatz(n))))
def running_max(it):
    best = None
    for x in it:
        if best is None or x > best:
            best = x
        yield best
print(list(running_max([3, 1, 4, 1, 5, 9, 2, 6])))
print(take(4, collatz(7)))
gen = collatz(6)
print(type(gen).__name__, next(gen), next(gen))
