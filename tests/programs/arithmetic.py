a = 17
b = 5
print(a + b, a - b, a * b, a / b, a // b, a % b, a ** 2)
print(-a // b, -a % b, a // -b, a % -b, -7 // 2, -7 % 2)
print(2 ** 61, -(2 ** 61), 10 ** 18)
x = 1
x += 41
x -= 2
x *= 3
print(x)
print(True + True, True * 10, False - 1)
