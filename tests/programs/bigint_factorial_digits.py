def fact(n):
    r = 1
    for i in range(2, n + 1):
        r *= i
    return r
f100 = fact(100)
print(f100)
print(sum(int(d) for d in str(f100)))
print(len(str(fact(500))))
s = str(fact(1000))
print(len(s), s[:20], len(s) - len(s.rstrip("0")))
print(fact(30) // fact(28), fact(50) % 1000000007)
x = 2 ** 521 - 1
print(x % 1000, x.bit_length(), str(x)[:30])
print(pow(3, 1000) % 10 ** 12)
print(int("9" * 50) + 1 == 10 ** 50)
print((10 ** 40 + 7) // 3, (10 ** 40 + 7) % 3, divmod(-(10 ** 30), 7))
