import random

def run(seed):
    random.seed(seed)
    return [random.randint(0, 99) for _ in range(6)], round(random.random(), 10)

a = run(99)
b = run(99)
c = run(100)
print(a)
print(a == b, a == c)
print(c)
for s in [0, 1, 2, 12345678901, 10 ** 30]:
    random.seed(s)
    print(repr(s)[:12], random.randint(1, 1000), random.randrange(0, 1000, 7))
