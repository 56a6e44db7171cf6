def three():
    yield "a"
    yield "b"
    yield "c"
g = three()
print(next(g))
print(next(g))
print(next(g))
print(next(g))
