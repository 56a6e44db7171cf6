def to_base(n, b):
    if n == 0:
        return "0"
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    sign = "-" if n < 0 else ""
    n = abs(n)
    out = []
    while n:
        n, r = divmod(n, b)
        out.append(digits[r])
    return sign + "".join(reversed(out))
nums = [0, 255, -255, 2 ** 64, 3 ** 50, -(10 ** 20)]
for n in nums:
    for b in [2, 16, 36]:
        s = to_base(n, b)
        assert int(s, b) == n, (n, b)
    print(n, to_base(n, 16), to_base(n, 36))
print(int("0x" + "f" * 30, 16), int("0b101", 0), int("0o777", 0), int("1_000_000"))
print(format(2 ** 70, "_d"), format(2 ** 70, "_x"), format(-(2 ** 70), "040,"))
print(str(10 ** 50)[::-1][:10], repr(-(10 ** 19)))
