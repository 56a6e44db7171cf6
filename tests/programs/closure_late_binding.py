funcs = [lambda: i for i in range(4)]
print([f() for f in funcs])
funcs2 = [lambda i=i: i for i in range(4)]
print([f() for f in funcs2])
def make_multipliers():
    return [lambda x, k=k: x * k for k in range(1, 5)]
print([m(10) for m in make_multipliers()])
def make_adders():
    adders = []
    for n in range(3):
        def add(x, n=n):
            return x + n
        adders.append(add)
    return adders
print([a(100) for a in make_adders()])
def late():
    fs = []
    for n in range(3):
        fs.append(lambda: n)
    n = 99
    return [f() for f in fs]
print(late())
def factory(n):
    return lambda x: x ** n
sq, cube = factory(2), factory(3)
print(sq(5), cube(5))
fns = {name: (lambda p: lambda s: p + s)(name) for name in ["a", "b", "c"]}
print(fns["a"]("1"), fns["c"]("2"))
