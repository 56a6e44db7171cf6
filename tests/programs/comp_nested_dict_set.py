words = ["apple", "bob", "civic", "dad", "eagle", "level", "moon"]
print({w: w == w[::-1] for w in words})
print({len(w) for w in words})
by_first = {c: [w for w in words if w[0] == c] for c in sorted({w[0] for w in words})}
print(by_first)
inv = {v: k for k, v in {"a": 1, "b": 2, "c": 3}.items()}
print(inv)
grid = {(r, c): r * c for r in range(3) for c in range(3) if r != c}
print(grid)
flat = [x for row in [[1, 2], [3], [], [4, 5, 6]] for x in row if x % 2 == 0]
print(flat)
transpose = [[row[i] for row in [[1, 2, 3], [4, 5, 6]]] for i in range(3)]
print(transpose)
counts = {ch: sum(1 for w in words if ch in w) for ch in "aeiou"}
print(counts)
nested = {k: {i: i ** k for i in range(1, 4)} for k in range(1, 3)}
print(nested)
print([(i, j) for i in range(4) for j in range(i) if (i + j) % 2])
