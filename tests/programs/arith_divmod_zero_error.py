# computing averages until a division by zero escapes
groups = [[1, 2, 3], [10, 20], [5], []]
for g in groups:
    total = sum(g)
    q, r = divmod(total, len(g))
    print("group", g, "avg", q, "rem", r)
