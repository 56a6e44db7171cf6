a = list(range(10))
print(a[2:5], a[:3], a[7:], a[-3:], a[::3], a[::-2], a[8:2:-2], a[100:], a[-100:2])
b = a[:]
b[2:5] = ["x", "y"]
print(b)
b[1:1] = [10, 20, 30]
print(b)
b[::2] = list("ABCDEF")
print(b)
del b[0:3]
print(b)
del b[::2]
print(b)
c = [0] * 5
c[-2:] = [7, 8, 9]
print(c)
c[:] = []
print(c, len(c))
m = [1, 2, 3, 4, 5, 6]
m[1:5] = m[1:5][::-1]
print(m)
