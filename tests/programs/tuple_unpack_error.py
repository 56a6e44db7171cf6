rows = [(1, 2), (3, 4), (5, 6, 7)]
for row in rows:
    a, b = row
    print(a + b)
