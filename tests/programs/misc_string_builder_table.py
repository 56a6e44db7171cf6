rows = [
    ("Widget", 4, 3.5),
    ("Gadget", 10, 12.25),
    ("Thingamajig", 1, 99.99),
]
header = f"{'Item':<12}{'Qty':>5}{'Price':>10}{'Total':>10}"
print(header)
print("=" * len(header))
grand = 0
for name, qty, price in rows:
    total = qty * price
    grand += total
    print(f"{name:<12}{qty:>5}{price:>10.2f}{total:>10.2f}")
print("-" * len(header))
print(f"{'TOTAL':<12}{'':>5}{'':>10}{grand:>10.2f}")
lines = []
for i in range(1, 6):
    lines.append(" ".join(f"{i * j:3d}" for j in range(1, 6)))
print("\n".join(lines))
bar = lambda v, m: "[" + ("=" * int(v / m * 20)).ljust(20) + f"] {v / m:6.1%}"
for v in [0, 5, 13, 20]:
    print(bar(v, 20))
