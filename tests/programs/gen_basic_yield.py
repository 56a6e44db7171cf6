def count_up(n):
    i = 0
    while i < n:
        yield i
        i += 1
def squares(it):
    for x in it:
        yield x * x
print(list(count_up(5)))
print(list(squares(count_up(5))))
g = count_up(3)
print(next(g), next(g), next(g), next(g, "done"))
def fib():
    a, b = 0, 1
    while True:
        yield a
        a, b = b, a + b
f = fib()
print([next(f) for _ in range(15)])
def take(n, it):
    for i, x in enumerate(it):
        if i >= n:
            return
        yield x
print(list(take(5, fib())))
gen_exp = (x * 2 for x in range(4))
print(sum(gen_exp), sum(gen_exp))
def with_return():
    yield 1
    return "result"
w = with_return()
print(next(w))
try:
    next(w)
except StopIteration as e:
    print("stopped with", e.value)
