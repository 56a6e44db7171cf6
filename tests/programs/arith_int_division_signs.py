# floor division and modulo with mixed signs
pairs = [(7, 2), (-7, 2), (7, -2), (-7, -2), (0, 3), (13, 13), (1, 7)]
for a, b in pairs:
    q = a // b
    r = a % b
    print(a, b, q, r, q * b + r == a, divmod(a, b))
for a, b in [(7.5, 2), (-7.5, 2), (7.0, -2.5)]:
    print(a, b, a // b, a % b, divmod(a, b))
print(2 ** 10, 2 ** -1, (-2) ** 3, -2 ** 2)
print(10 / 4, 9 / 3, -9 / 2)
print(abs(-5), abs(3.5), abs(0))
