squares = [x * x for x in range(10)]
evens = [x for x in squares if x % 2 == 0]
pairs = [(i, j) for i in range(3) for j in range(3) if i != j]
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
transposed = [[row[i] for row in matrix] for i in range(3)]
flat = [v for row in matrix for v in row]
print(squares)
print(evens)
print(pairs)
print(matrix)
print(transposed)
print(flat)
print({x: x ** 2 for x in range(5)})
print({x % 3 for x in range(10)})
print(sum(x for x in range(101)))
print([c.upper() if c in "aeiou" else c for c in "comprehension"])
words = ["a", "bb", "ccc"]
print([(w, len(w)) for w in words])
x = 99
_ = [x for x in range(3)]
print(x)
print([[j for j in range(i)] for i in range(4)])
