xs = list(range(10))
print(xs[2:5], xs[:3], xs[7:], xs[::2], xs[::-1], xs[-3:], xs[:-7], xs[8:2:-2], xs[100:], xs[-100:2])
s = "hello world"
print(s[:5], s[6:], s[::-1], s[1:8:3], (1, 2, 3)[1:], "abc"[5:], s[-5:-1])
words = s.split()
print(words[-1][::-1].upper(), xs[1:9][::3])
print(xs[::0])
