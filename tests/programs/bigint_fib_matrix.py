def mat_mul(A, B):
    return [[A[0][0] * B[0][0] + A[0][1] * B[1][0], A[0][0] * B[0][1] + A[0][1] * B[1][1]],
            [A[1][0] * B[0][0] + A[1][1] * B[1][0], A[1][0] * B[0][1] + A[1][1] * B[1][1]]]
def mat_pow(M, n):
    R = [[1, 0], [0, 1]]
    while n:
        if n & 1:
            R = mat_mul(R, M)
        M = mat_mul(M, M)
        n >>= 1
    return R
def fib(n):
    return mat_pow([[1, 1], [1, 0]], n)[0][1]
print(fib(10), fib(100), fib(300))
def fib_iter(n):
    a, b = 0, 1
    for _ in range(n):
        a, b = b, a + b
    return a
print(all(fib(n) == fib_iter(n) for n in range(200)))
f = fib(1000)
print(len(str(f)), str(f)[:15], f % 10 ** 9)
print(fib(200) * fib(202) - fib(201) ** 2)
print(fib(1001) // fib(1000), round(fib(81) / fib(80), 12))
