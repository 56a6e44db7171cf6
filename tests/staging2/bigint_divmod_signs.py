big = 123456789012345678901234567890
for d in [7, -7, 10 ** 15, -(10 ** 15), 3 ** 40]:
    q, r = divmod(big, d)
    print(d, q, r, q * d + r == big)
    q2, r2 = divmod(-big, d)
    print("  neg", q2, r2, q2 * d + r2 == -big)
print(big // -1, -big % 1000, big % -1000)
print(pow(big, 3, 10 ** 9 + 7), pow(2, -1, 7), pow(-3, 5))
print(round(big, -10), round(-big, -25))
print(big / 10 ** 20, int(big / 10 ** 20))
print(abs(-big) == big, (-big) ** 2 == big ** 2, min(big, -big, 0))
print(str(2 ** 64), int(str(2 ** 64)) - 1, len(str(7 ** 77)))
