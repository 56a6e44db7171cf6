def apply(f, *args):
    return f(*args)
def compose(f, g):
    return lambda x: f(g(x))
def add(a, b):
    return a + b
ops = {"add": add, "mul": lambda a, b: a * b, "max": max}
for name in ["add", "mul", "max"]:
    print(name, apply(ops[name], 6, 7))
inc = lambda x: x + 1
dbl = lambda x: x * 2
print(compose(inc, dbl)(5), compose(dbl, inc)(5))
pipeline = [inc, dbl, inc, str, len]
v = 49
for f in pipeline:
    v = f(v)
print(v)
print(add.__name__, (lambda: 0).__name__)
print(list(map(add, [1, 2, 3], [10, 20, 30])))
def make_ops():
    return [lambda x, i=i: x * i for i in range(4)]
print([f(10) for f in make_ops()])
late = [lambda x: x * i for i in range(4)]
print([f(10) for f in late])
print(callable(add), callable(3), callable(str))
