# big integer arithmetic
a = 2 ** 100
b = 3 ** 70
print(a)
print(b)
print(a + b)
print(a - b)
print(a * b)
print(a // 7, a % 7)
print(b // a, b % a)
print(-a // 3, -a % 3)
print(a == 1267650600228229401496703205376)
print(a > b, a < b)
print(len(str(a * b)))
n = 1
for i in range(1, 31):
    n *= i
print("30! =", n)
print(n // (2 ** 26))
print(pow(2, 200, 1000000007))
print(pow(7, 222, 10 ** 9))
print((1 << 130) >> 125)
print(-(2 ** 64) + 1)
print(abs(-(10 ** 30)))
