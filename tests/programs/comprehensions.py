x = "outer"
squares = [x * x for x in range(6)]
print(squares, x)
evens = [n for n in range(20) if n % 2 == 0 if n % 3 != 0]
pairs = [(i, j) for i in range(3) for j in range(i)]
print(evens, pairs)
words = ["apple", "bob", "kiwi"]
lengths = {w: len(w) for w in words}
print(lengths, sum(len(w) for w in words), max(len(w) for w in words))
matrix = [[i * 3 + j for j in range(3)] for i in range(3)]
print(matrix, [row[1] for row in matrix])


def f(limit):
    base = 10
    return [base + k for k in range(limit)]


print(f(3), list(c.upper() for c in "abc"))
print([y for y in []], {k: v for k, v in [("a", 1), ("b", 2)]})
