def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def add(a, b):
    return a + b


def no_return():
    pass


def early(x):
    if x > 0:
        return "positive"
    elif x < 0:
        return "negative"
    else:
        return "zero"


print(fib(20), add(2, 3), add("a", "b"), no_return())
print(early(5), early(-5), early(0))
f = add
print(f(10, 20))
