# Frames are reused after they return: a generator's frame must not be, a frame left by an
# exception must not be resumed, and values must not leak from one call's frame into the next.
import sys


def gen(n):
    for i in range(n):
        yield i * i


def fill(a, b, c):
    x = a + b
    y = x * c
    return [a, b, c, x, y]


def blank(a):
    if a > 5:
        z = a
    try:
        return z  # unbound when a <= 5: a reused frame must not show the last call's local
    except UnboundLocalError as e:
        return "UnboundLocalError: " + str(e)


g = gen(5)
print(next(g))
print(fill(1, 2, 3), fill(4, 5, 6))
print(next(g), blank(9), blank(1), blank(7), blank(2))
print(list(g))


def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)


gens = [gen(3) for _ in range(3)]
print(fib(15), [next(x) for x in gens], fib(10), [list(x) for x in gens])


def deep(n):
    if n == 0:
        raise ValueError("bottom")
    return deep(n - 1) + 1


for _ in range(3):
    try:
        deep(50)
    except ValueError as e:
        print("caught", e, fib(12))


def garbage(n):
    junk = [[i] * 10 for i in range(n)]
    return len(junk)


def recurse_with_garbage(n):
    if n == 0:
        return garbage(2000)
    return recurse_with_garbage(n - 1) + garbage(50)


print(recurse_with_garbage(40))


def counter():
    count = 0

    def inc():
        nonlocal count
        count += 1
        return count

    return inc


c = counter()
print(c(), c(), fill(7, 8, 9), c())
sys.setrecursionlimit(200)
try:
    fib(300)
except RecursionError as e:
    print("RecursionError", fib(5))
print(sum(fill(1, 1, 1)), [fib(i) for i in range(12)])
