d = {"a": 1, "b": 2}
d["c"] = 3
d["a"] = 10
print(d, len(d), d["b"], "a" in d, "z" in d, "z" not in d)
counts = {}
for w in ["x", "y", "x", "z", "x"]:
    if w in counts:
        counts[w] = counts[w] + 1
    else:
        counts[w] = 1
print(counts)
squares = {}
for i in range(100):
    squares[i] = i * i
print(len(squares), squares[99], squares[1.0], {(1, 2): "t"}[(1, 2)])
print({}, {1: [1, 2]}, 3 in [1, 2, 3], 4 in (1, 2))
print(d["missing"])
