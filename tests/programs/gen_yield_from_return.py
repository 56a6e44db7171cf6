def inner(n):
    for i in range(n):
        got = yield i
        if got:
            print("inner got", got)
    return n * 100

def outer():
    r1 = yield from inner(2)
    print("r1 =", r1)
    r2 = yield from inner(3)
    print("r2 =", r2)
    return r1 + r2

g = outer()
print(next(g))
print(g.send("hello"))
print(list(g))
def flatten(x):
    if isinstance(x, list):
        count = 0
        for item in x:
            count += yield from flatten(item)
        return count
    yield x
    return 1
def collect(x):
    total = yield from flatten(x)
    yield f"total={total}"
print(list(collect([1, [2, [3, 4]], [], [[5]]])))
def chain_all(*its):
    for it in its:
        yield from it
print(list(chain_all("ab", range(3), (x * x for x in [4, 5]))))
