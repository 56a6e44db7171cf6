log = []
def noisy(x):
    log.append(x)
    return x * 10

g = (noisy(x) for x in range(5))
print(log)
print(next(g), log)
print(list(g), log)
print(list(g))
log.clear()
m = map(noisy, [1, 2, 3])
print(log)
print(next(m), log)
f = filter(lambda v: v > 15, map(noisy, [1, 2, 3]))
print(list(f), log)
z = zip(map(noisy, [7, 8, 9]), "ab")
print(list(z), log[-3:])
items = [1, 2, 3]
gen = (i for i in items)
items.append(4)
print(list(gen))
nums = [1, 2]
g2 = (a + b for a in nums for b in [10, 20])
print(sum(g2), sum(x * x for x in range(10)), max(len(w) for w in ["a", "abc", "ab"]))
e = enumerate(map(noisy, [5, 6]))
print(next(e), log[-1])
