s = "Hello!"
codes = [ord(c) for c in s]
print(codes)
print("".join(chr(c) for c in codes))
print("".join(chr(c + 1) for c in codes))
print([hex(c) for c in codes])
print([bin(c)[2:].zfill(8) for c in codes[:3]])
print(oct(493), hex(3735928559), bin(0), hex(-1))
print(int(hex(12345), 16), int(bin(77), 2), int(oct(99), 8))
print(chr(65), chr(8364), ord("€"), ord("\n"))
alphabet = "".join(chr(i) for i in range(ord("a"), ord("z") + 1))
print(alphabet, len(alphabet))
def to_base(n, b):
    digits = "0123456789abcdefghijklmnopqrstuvwxyz"
    if n == 0:
        return "0"
    out = ""
    neg = n < 0
    n = abs(n)
    while n:
        out = digits[n % b] + out
        n //= b
    return "-" + out if neg else out
for n in [0, 7, 255, -255, 123456789]:
    print(n, to_base(n, 2), to_base(n, 7), to_base(n, 36), int(to_base(n, 36), 36) == n)
