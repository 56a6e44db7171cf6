def append_bad(x, acc=[]):
    acc.append(x)
    return acc
print(append_bad(1), append_bad(2), append_bad(3))
def append_good(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(append_good(1), append_good(2))
def make(*, size=3, fill=0, factory=None):
    if factory:
        return [factory(i) for i in range(size)]
    return [fill] * size
print(make(), make(size=2, fill="x"), make(factory=lambda i: i * i, size=5))
def config(name, *values, debug=False, **extra):
    return name, values, debug, sorted(extra.items())
print(config("a"))
print(config("b", 1, 2, debug=True, color="red", level=3))
def counter(start, *, step=1, stop):
    return list(range(start, stop, step))
print(counter(0, stop=10, step=3), counter(5, stop=8))
