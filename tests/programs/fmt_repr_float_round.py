vals = [0.1 + 0.2, 1 / 3, 2 / 3, 10 / 4, 1e16, 1e-5, 123456789.123, 1.0, -0.0, 100.0]
for v in vals:
    print(repr(v), str(v), round(v, 2))
print(round(2.5), round(3.5), round(-2.5), round(0.5), round(1.5))
print(round(2.675, 2), round(1.005, 2), round(123.456, -1), round(155, -1), round(145, -1))
print(float("1e308") * 10, -float("1e308") * 10)
print(1e22, 1e21, 1e-4, 0.0001234, 1.5e300 * 1.5e-300)
print(3 * 0.1, 0.1 * 3 == 0.3, abs(0.1 * 3 - 0.3) < 1e-12)
print(7.0 // 2, -7.0 // 2, 7.5 % 2, -7.5 % 2, divmod(7.5, 2))
print(float(10 ** 20), int(1e20), float("  -3.25 "), float("nan") != float("nan"))
print((0.1).as_integer_ratio(), (2.5).is_integer(), (3.0).is_integer())
print(2 ** 0.5, 10 ** -2, (-8) ** (1 / 3) if False else "skip", 4 ** 0.5)
