class Countdown:
    def __init__(self, start):
        self.current = start
    def __iter__(self):
        return self
    def __next__(self):
        if self.current <= 0:
            raise StopIteration
        self.current -= 1
        return self.current + 1
print(list(Countdown(5)))
c = Countdown(2)
print(next(c), next(c), next(c, "end"))
class Range2:
    def __init__(self, a, b):
        self.a, self.b = a, b
    def __iter__(self):
        return Range2Iter(self.a, self.b)
class Range2Iter:
    def __init__(self, a, b):
        self.i, self.b = a, b
    def __iter__(self):
        return self
    def __next__(self):
        if self.i >= self.b:
            raise StopIteration
        v = self.i
        self.i += 2
        return v
r = Range2(1, 10)
print(list(r), list(r), sum(r))
print([x * y for x in Range2(0, 4) for y in Range2(1, 4)])
it = iter([1, 2, 3])
print(next(it), list(it), list(it))
s = iter("ab")
print(next(s), next(s), next(s, None))
print(list(zip(Countdown(3), Range2(0, 100))))
