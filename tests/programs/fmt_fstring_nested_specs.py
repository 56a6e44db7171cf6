items = [("apple", 1.5, 3), ("banana", 0.25, 12), ("cherry", 10.0, 1)]
w = max(len(n) for n, _, _ in items)
for name, price, qty in items:
    print(f"{name:<{w}} | {price:>{6}.{2}f} | {qty:03d} | {price * qty:>8.3f}")
for prec in range(4):
    print(f"{3.14159265:.{prec}f}", f"{2 / 3:{8}.{prec}}")
val = 42
print(f"{val!r:>6}", f"{'txt'!r:^9}", f"{val:+}", f"{-val:+}", f"{val: }")
print(f"{val = }", f"{val * 2 = }", f"{'x' * 3 = }")
print(f"{{literal}} {val}", f"{'{'}{val}{'}'}")
d = {"k": [1, 2, 3]}
print(f"{d['k'][1]} {len(d)} {d['k'][-1] ** 2}")
print(f"{'nested ' + f'{val:x}'}")
fill = "*"
print(f"{'mid':{fill}^11}", f"{7:{fill}>5}")
print(f"{1234567.891:,.2f}", f"{1234567:_}", f"{0.000123:e}", f"{0.5:%}", f"{0.1234:.1%}")
