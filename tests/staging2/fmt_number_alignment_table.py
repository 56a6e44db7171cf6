data = [("Widget", 1234.5, 0.125), ("Gadget", 98.25, -0.04), ("Doohickey", 1000000, 0.5)]
header = f"{'Name':<10}{'Revenue':>15}{'Growth':>9}"
print(header)
print("-" * len(header))
for name, rev, g in data:
    print(f"{name:<10}{rev:>15,.2f}{g:>+9.1%}")
total = sum(r for _, r, _ in data)
print(f"{'TOTAL':<10}{total:>15,.2f}")
for n in [0, 7, -7, 123456789]:
    print(f"[{n:>12}] [{n:<12}] [{n:^12}] [{n:=+12}] [{n:012}]")
for x in [0.1, 1 / 3, 2.5, 1e-7, 12345678.9]:
    print(f"{x!r:>22} {x:>12.4f} {x:>12.3g} {x:>12.2e}")
print(f"{'abc':.2}", f"{'abcdef':>4.3}", f"{True}", f"{True:d}", f"{None!s:>6}")
print(format(255, "#010x"), format(-255, "#x"), format(10, "c"), format(3.0, ".0f"))
