def countdown(n):
    while n > 0:
        yield n
        n -= 1

g = countdown(3)
print(next(g))
print(next(g))
print(next(g))
print(next(g))
