a, b = 1, 2
a, b = b, a
print(a, b)
for k, v in [("x", 1), ("y", 2)]:
    print(k, v)
[p, q] = "hi"
print(p, q)
name = "World"
n = 42
pi = 3.14159
print(f"Hello {name}! n={n} pi={pi:.2f} {n:5d}|{n:<5}|{n:^7}|{n:>4}|{name!r} {pi:10.3f} {1234567:,} {0.25:%} {255:x} {-7:+d}")
print(f"{'left':<8}|{'right':>8}|{3.0}|{n * 2}|{[1, 2]}|{1e20:.3e}|{n:08.2f}")
width = 6
print(f"{n:{width}}|")


def greet(who, greeting="Hello", punct="!"):
    return f"{greeting}, {who}{punct}"


print(greet("Ann"), greet("Bob", "Hi"), greet("Cy", punct="?"))


def acc(x, total=0):
    return total + x


print(acc(1), acc(1, 10))
try:
    a, b, c = [1, 2]
except ValueError as e:
    print(e)
try:
    a, b = [1, 2, 3]
except ValueError as e:
    print(e)
greet()
