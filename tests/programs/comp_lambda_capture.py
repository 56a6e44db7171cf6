ops = {name: (lambda k: lambda x: x * k)(k) for name, k in [("double", 2), ("triple", 3), ("neg", -1)]}
print({name: f(7) for name, f in ops.items()})
bad = [lambda: n for n in range(3)]
good = [(lambda m: lambda: m)(n) for n in range(3)]
print([f() for f in bad], [f() for f in good])
powers = [[(lambda b, e=e: b ** e) for e in range(3)] for _ in range(1)]
print([f(5) for f in powers[0]])
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
getters = {f"col{j}": (lambda j: lambda m: [row[j] for row in m])(j) for j in range(3)}
print({k: g(matrix) for k, g in getters.items()})
x = 10
adders = [lambda y, x=x: x + y for x in range(3)]
print([a(100) for a in adders], x)
print([(lambda: i * i)() for i in range(5)])
filters = [lambda v, lim=lim: v < lim for lim in (3, 6)]
print([[v for v in range(8) if f(v)] for f in filters])
