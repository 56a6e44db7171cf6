# Comparing, searching and printing containers nested past the recursion limit: CPython's
# RecursionError (never a native stack overflow), and the same answers below the limit.
def t(f):
    try:
        r = f()
        print(type(r).__name__, str(r)[:40])
    except RecursionError as e:
        print("RecursionError", e)


def nest(n, make=lambda x: [x]):
    x = 0
    for _ in range(n):
        x = make(x)
    return x


deep_a, deep_b = nest(1100), nest(1100)
t(lambda: deep_a == deep_b)
t(lambda: deep_a < deep_b)
t(lambda: deep_a in [deep_b])
t(lambda: [deep_b].count(deep_a))
t(lambda: [deep_b].index(deep_a))
t(lambda: nest(1100, lambda x: (x,)) == nest(1100, lambda x: (x,)))
t(lambda: nest(1100, lambda x: {"k": x}) == nest(1100, lambda x: {"k": x}))
t(lambda: max([deep_a, deep_b]))
t(lambda: sorted([deep_a, deep_b]))
t(lambda: len(repr(deep_a)))
t(lambda: len(str(nest(1100, lambda x: {"k": x}))))
t(lambda: len(repr(nest(1100, lambda x: (x,)))))
# Below the limit: answers.
shallow_a, shallow_b = nest(200), nest(200)
t(lambda: shallow_a == shallow_b)
t(lambda: len(repr(nest(500))))
t(lambda: nest(200, lambda x: (x, 1)) < nest(200, lambda x: (x, 2)))
shared = [1]
for _ in range(60):
    shared = [shared, shared]
t(lambda: shared == shared)
