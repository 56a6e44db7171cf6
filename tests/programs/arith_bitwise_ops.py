# bitwise operators
for x, y in [(12, 10), (255, 15), (0, 7), (-5, 3), (-12, -7)]:
    print(x, y, x & y, x | y, x ^ y, ~x, x << 2, x >> 1)
mask = 0
for bit in [0, 3, 5, 8]:
    mask |= 1 << bit
print(mask, bin(mask))
count = 0
m = mask
while m:
    m &= m - 1
    count += 1
print("popcount", count)
print(bin(-10), hex(-255), oct(64))
print((1 << 70) | 1)
print(((1 << 70) - 1) & 0xFFFF)
print(-1 >> 10, -1024 >> 3)
print(True & False, True | False, True ^ True)
