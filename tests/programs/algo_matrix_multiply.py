def matmul(a, b):
    return [[sum(a[i][k] * b[k][j] for k in range(len(b))) for j in range(len(b[0]))] for i in range(len(a))]
def identity(n):
    return [[1 if i == j else 0 for j in range(n)] for i in range(n)]
def matpow(m, p):
    r = identity(len(m))
    while p:
        if p & 1:
            r = matmul(r, m)
        m = matmul(m, m)
        p >>= 1
    return r
def det(m):
    if len(m) == 1:
        return m[0][0]
    total = 0
    for c in range(len(m)):
        minor = [row[:c] + row[c + 1:] for row in m[1:]]
        total += (-1) ** c * m[0][c] * det(minor)
    return total
A = [[1, 2], [3, 4]]
B = [[5, 6, 7], [8, 9, 10]]
print(matmul(A, B))
print(matpow([[1, 1], [1, 0]], 50)[0][1])
print(matpow(A, 5))
M = [[2, -3, 1], [2, 0, -1], [1, 4, 5]]
print(det(M), det(identity(4)), det([[1, 2], [2, 4]]))
T = list(map(list, zip(*B)))
print(T)
for row in matmul(B, T):
    print(" ".join(f"{v:5d}" for v in row))
