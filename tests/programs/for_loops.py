for i in range(3):
    print(i, end=" ")
print()
total = 0
for i in range(10, 0, -2):
    if i == 4:
        break
    total += i
else:
    print("not reached")
print(total)
for c in "héllo":
    print(c, end="|")
print()
for i in range(2):
    pass
else:
    print("done", i)
squares = 0
for n in range(1, 101):
    if n % 2:
        continue
    squares += n * n
print(squares)


def count(n):
    c = 0
    for _ in range(n):
        c += 1
    return c


print(count(1000), count(0))
