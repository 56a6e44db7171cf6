class Fib:
    def __init__(self, limit):
        self.limit = limit
    def __iter__(self):
        return FibIter(self.limit)
class FibIter:
    def __init__(self, limit):
        self.a, self.b, self.limit = 0, 1, limit
    def __iter__(self):
        return self
    def __next__(self):
        if self.a > self.limit:
            raise StopIteration
        v = self.a
        self.a, self.b = self.b, self.a + self.b
        return v
f = Fib(100)
print(list(f), list(f))
print(sum(f), max(f), 55 in f, 56 in f)
it = iter(f)
print(next(it), next(it), next(it), list(it)[-1])
a, b, *rest = Fib(20)
print(a, b, rest)
print(dict(zip(Fib(10), "abcdefg")))
class Cycle:
    def __init__(self, items, times):
        self.items, self.times = items, times
    def __iter__(self):
        for _ in range(self.times):
            for x in self.items:
                yield x
print(list(Cycle("ab", 3)), sorted(Cycle([3, 1], 2)))
