import functools

def cmp_len_then_alpha(a, b):
    if len(a) != len(b):
        return len(a) - len(b)
    return (a > b) - (a < b)
words = ["pear", "fig", "banana", "kiwi", "apple", "date"]
print(sorted(words, key=functools.cmp_to_key(cmp_len_then_alpha)))
def largest_number(nums):
    strs = [str(n) for n in nums]
    strs.sort(key=functools.cmp_to_key(lambda a, b: (b + a > a + b) - (b + a < a + b)))
    return "".join(strs)
print(largest_number([3, 30, 34, 5, 9]))
print(largest_number([10, 2]))
def by_parity(a, b):
    if a % 2 != b % 2:
        return -1 if a % 2 == 0 else 1
    return b - a
print(sorted(range(12), key=functools.cmp_to_key(by_parity)))
pts = [(1, 2), (0, 5), (3, 1), (-1, -1)]
print(sorted(pts, key=functools.cmp_to_key(lambda p, q: (p[0] ** 2 + p[1] ** 2) - (q[0] ** 2 + q[1] ** 2))))
print(max(words, key=functools.cmp_to_key(cmp_len_then_alpha)))
