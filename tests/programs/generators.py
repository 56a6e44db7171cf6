def count(n):
    i = 0
    while i < n:
        yield i
        i += 1

print(list(count(5)))
for x in count(3):
    print("x", x)
g = count(2)
print(next(g), next(g), next(g, "end"))
try:
    next(g)
except StopIteration:
    print("stop")

def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(10)])

def echo():
    total = 0
    while True:
        got = yield total
        if got is None:
            break
        total += got
    return total
e = echo()
print(next(e), e.send(5), e.send(10))
try:
    e.send(None)
except StopIteration as s:
    print("returned", s.args)

def chain(*its):
    for it in its:
        yield from it
print(list(chain([1, 2], "ab", range(2))))

def with_finally():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup")
w = with_finally()
print(next(w))
w.close()
print("closed")

def catcher():
    while True:
        try:
            yield
        except ValueError as ex:
            print("caught inside", ex)
c = catcher()
next(c)
c.throw(ValueError("boom"))
c.throw(ValueError("again"))

def gen_in_class():
    class Tree:
        def __init__(self, v, kids=()):
            self.v, self.kids = v, kids
        def walk(self):
            yield self.v
            for k in self.kids:
                yield from k.walk()
    return Tree(1, [Tree(2, [Tree(3)]), Tree(4)])
print(list(gen_in_class().walk()))
print(sum(count(101)), max(count(7)), sorted(count(4), reverse=True))
def closure_gen(k):
    def inner():
        for i in range(3):
            yield i * k
    return inner()
print(list(closure_gen(10)))
def bad():
    yield 1
    raise KeyError("inside")
try:
    list(bad())
except KeyError as ex:
    print("KeyError", ex)
def stopper():
    yield 1
    raise StopIteration
try:
    list(stopper())
except RuntimeError as ex:
    print(ex)
gg = count(1)
print(iter(gg) is gg)
def deep(n):
    if n:
        yield from deep(n - 1)
    yield n
print(list(deep(20)))
