import itertools

def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1

evens = (n for n in naturals() if n % 2 == 0)
print([next(evens) for _ in range(5)])
print(list(itertools.islice((n * n for n in naturals()), 6)))
for i, (a, b) in enumerate(zip(naturals(10), "xyz")):
    print(i, a, b)
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
print(next(x for x in fib() if x > 1000))
print(next((x for x in range(10) if x > 50), "none"))
labels = dict(zip("abcd", naturals()))
print(labels)
print(sum(itertools.islice(fib(), 30)))
triangle = (n * (n + 1) // 2 for n in naturals())
print(list(itertools.takewhile(lambda t: t < 60, triangle)))
