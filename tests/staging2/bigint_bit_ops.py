x = 1 << 100
print(x, x >> 99, x.bit_length(), (x - 1).bit_length())
print(bin(x - 1).count("1"), hex(x), oct(1 << 66))
y = (1 << 130) | (1 << 64) | 0xFF
print(y & ((1 << 64) - 1), y >> 64, y ^ (1 << 130))
print(~y, -y >> 3, (-y) & 0xFFFF)
print((-1) << 70, -(2 ** 70) >> 69)
m = 0xDEADBEEFCAFEBABE1234
print(f"{m:x}", f"{m:#X}", f"{m:b}"[:20], f"{m:,}")
print(int("1" * 80, 2) == 2 ** 80 - 1, int("zz" * 10, 36))
def popcount(n):
    c = 0
    while n:
        n &= n - 1
        c += 1
    return c
print(popcount(2 ** 200 - 1), popcount(3 ** 100))
print((2 ** 100).bit_count() if hasattr(int, "bit_count") else 1, (5).bit_length())
print(abs(-(10 ** 25)), -(10 ** 25) // 10 ** 24, (10 ** 25) ** 0)
