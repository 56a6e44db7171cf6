# int() with bases and conversions to strings
print(int("42"), int("-17"), int("  8  "), int("0"))
print(int("ff", 16), int("FF", 16), int("777", 8), int("101010", 2), int("z", 36))
print(int("0x1f", 16), int("0b101", 0), int("0o17", 0), int("0x10", 0))
print(int("1_000_000"), int(True), int(False))
print(hex(255), hex(0), bin(5), oct(8), hex(2 ** 40))
print(str(123), str(-0), repr(45), str(1.0), str(-2.5))
for n in [0, 1, 9, 10, 255, 4096]:
    digits = []
    m = n
    while True:
        digits.append("0123456789abcdef"[m % 16])
        m //= 16
        if m == 0:
            break
    print(n, "".join(reversed(digits)), format(n, "x"), format(n, "08b"))
print(ord("A"), chr(97), chr(ord("z") - 25))
print(float("1e3"), float(" 3.25 "), int(float("7.9")))
print(bool(0), bool(3), bool(""), bool("x"), bool([]), bool([0]))
