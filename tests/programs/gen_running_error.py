def ratios(pairs):
    for a, b in pairs:
        yield a / b
data = [(1, 2), (3, 4), (5, 0), (7, 8)]
for r in ratios(data):
    print(r)
