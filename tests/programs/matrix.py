def make(n, m, value):
    rows = []
    for i in range(n):
        row = []
        for j in range(m):
            row.append(value(i, j))
        rows.append(row)
    return rows


def mul(a, b):
    n, m, p = len(a), len(b), len(b[0])
    out = make(n, p, lambda_zero)
    for i in range(n):
        for j in range(p):
            total = 0
            for k in range(m):
                total += a[i][k] * b[k][j]
            out[i][j] = total
    return out


def lambda_zero(i, j):
    return 0


def ident(i, j):
    return 1 if i == j else 0


def counting(i, j):
    return i * 3 + j


a = make(3, 3, counting)
print(mul(a, make(3, 3, ident)) == a, mul(a, a))
