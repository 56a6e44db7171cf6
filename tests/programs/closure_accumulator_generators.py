def make_stats():
    data = []
    def add(x):
        data.append(x)
        n = len(data)
        mean = sum(data) / n
        return n, mean
    def spread():
        return max(data) - min(data) if data else 0
    return add, spread
add, spread = make_stats()
for v in [4, 8, 15, 16, 23, 42]:
    print(add(v))
print(spread())
def compose(*fns):
    def run(x):
        for f in reversed(fns):
            x = f(x)
        return x
    return run
pipeline = compose(str, lambda x: x * 2, lambda x: x + 1)
print(repr(pipeline(4)))
def curry3(f):
    return lambda a: lambda b: lambda c: f(a, b, c)
vol = curry3(lambda a, b, c: a * b * c)
print(vol(2)(3)(4))
def once(fn):
    done = []
    def w(*a):
        if not done:
            done.append(fn(*a))
        return done[0]
    return w
init = once(lambda x: x * 100)
print(init(1), init(2), init(3))
