# A hot loop: integer arithmetic, comparisons, a list and a dict.
total = 0
values = []
table = {}
for i in range(3000000):
    total += i % 7
    if i % 1000 == 0:
        values.append(i)
        table[i] = total
print(total, len(values), table[2999000])
