def gcd(a, b):
    while b:
        a, b = b, a % b
    return a


def lcm(a, b):
    return a // gcd(a, b) * b


print(gcd(48, 18), gcd(17, 5), lcm(4, 6), lcm(21, 6))
total = 1
for n in range(1, 21):
    total = lcm(total, n)
print(total)
