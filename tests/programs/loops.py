i = 0
total = 0
while i < 1000:
    i += 1
    if i % 3 == 0:
        continue
    if i > 500:
        break
    total += i
print(i, total)
n = 0
while n < 3:
    n += 1
else:
    print("else ran", n)
while True:
    break
else:
    print("not printed")
