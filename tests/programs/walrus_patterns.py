data = [5, 12, 7, 30, 2, 18]
if (n := len(data)) > 5:
    print(f"list has {n} items")
big = [y for x in data if (y := x * 3) > 20]
print(big, y)
stream = iter([3, 8, 0, 4, 9])
total = 0
while (v := next(stream)) != 0:
    total += v
print("total before zero", total, "remaining", list(stream))
def expensive(x):
    return x * x - 10
results = [(x, r) for x in range(6) if (r := expensive(x)) > 0]
print(results)
chunks = "alpha beta gamma delta".split()
pos = 0
while pos < len(chunks) and (word := chunks[pos]) != "gamma":
    pos += 1
print(pos, word)
print((a := 4) * (b := 5), a, b)
counts = {}
for w in "a b a c b a".split():
    counts[w] = (c := counts.get(w, 0)) + 1
print(counts, c)
if any((hit := v) > 10 for v in data):
    print("first over 10:", hit)
