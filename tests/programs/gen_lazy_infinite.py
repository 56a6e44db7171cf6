def naturals(start=1):
    n = start
    while True:
        yield n
        n += 1
def primes():
    found = []
    for n in naturals(2):
        if all(n % p for p in found if p * p <= n):
            found.append(n)
            yield n
def take_while(pred, it):
    for x in it:
        if not pred(x):
            return
        yield x
print(list(take_while(lambda p: p < 60, primes())))
ps = primes()
print([next(ps) for _ in range(10)])
evens = (n for n in naturals() if n % 2 == 0)
squares = (n * n for n in evens)
print([next(squares) for _ in range(5)])
def cycle(seq):
    while True:
        for s in seq:
            yield s
c = cycle("abc")
print("".join(next(c) for _ in range(8)))
print(list(zip(naturals(), "xyz")))
it = iter(range(10))
print(list(zip(it, it)))
