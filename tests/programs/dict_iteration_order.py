d = {}
for w in ["pear", "apple", "fig", "apple", "kiwi", "pear", "pear"]:
    d[w] = d.get(w, 0) + 1
for k in d:
    print(k, d[k])
for k, v in d.items():
    print(f"{k:>6}:{v}")
del d["apple"]
d["apple"] = 9
print(list(d))
print(sorted(d, key=d.get), sorted(d.items(), key=lambda kv: kv[1], reverse=True))
inv = {v: k for k, v in d.items()}
print(inv)
print(max(d, key=d.get), min(d.values()))
squares = {n: n * n for n in range(6) if n % 2}
print(squares, list(reversed(list(squares))))
for i, (k, v) in enumerate(squares.items()):
    print(i, k, v)
