import functools

calls = []
@functools.lru_cache(maxsize=2)
def slow_square(n):
    calls.append(n)
    return n * n
for n in [1, 2, 1, 3, 2, 1, 1]:
    print(n, slow_square(n))
print(calls)
print(slow_square.cache_info())
slow_square.cache_clear()
print(slow_square.cache_info())
@functools.lru_cache(maxsize=None)
def ways(n, coins):
    if n == 0:
        return 1
    if n < 0 or not coins:
        return 0
    return ways(n - coins[0], coins) + ways(n, coins[1:])
print(ways(100, (1, 5, 10, 25, 50)))
@functools.lru_cache
def lcs(a, b):
    if not a or not b:
        return 0
    if a[0] == b[0]:
        return 1 + lcs(a[1:], b[1:])
    return max(lcs(a[1:], b), lcs(a, b[1:]))
print(lcs("AGGTABQWERTY", "GXTXAYBWRT"))
