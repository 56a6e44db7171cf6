found = []
for i in range(1, 6):
    if i % 2 == 0:
        continue
    for j in range(1, 6):
        if j > i:
            break
        if (i + j) % 3 == 0:
            continue
        found.append((i, j))
print(found)
count = 0
n = 27
while n != 1:
    n = n // 2 if n % 2 == 0 else 3 * n + 1
    count += 1
print("collatz steps", count)
target = 7
for row in range(3):
    for col in range(3):
        if row * 3 + col == target:
            print("found at", row, col)
            break
    else:
        continue
    break
for x in []:
    print("never")
else:
    print("empty loop else")
