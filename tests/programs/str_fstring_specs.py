pi = 3.14159265
n = 1234567
name = "Ada"
print(f"{pi:.2f} {pi:10.3f}| {pi:<10.1f}| {pi:e}")
print(f"{n:,} {n:_} {n:>12} {n:<12}| {n:^12}|")
print(f"{255:x} {255:X} {255:o} {255:b} {255:#x} {255:#b} {255:08b}")
print(f"{name!r} {name:>6} {name:*^9} {name:<5}|")
print(f"{0.25:%} {0.125:.1%} {-5:+d} {5:+d} {5: d}")
w = 7
p = 2
print(f"{pi:{w}.{p}f}|")
print(f"{'nested'} {1 + 2} {[1, 2][1]} {{braces}}")
d = {"k": 3}
print(f"{d['k'] * 2} {len(name)}")
x = 10
print(f"{x=} {x * 2=}")
print(f"{3.0:g} {1e20:g} {0.0001:g} {123456789.0:g}")
print(format(42, "05d"), format(3.5, ".3f"), format("s", ">3"))
