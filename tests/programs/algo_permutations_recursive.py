def perms(items):
    if len(items) <= 1:
        return [items[:]]
    out = []
    for i in range(len(items)):
        rest = items[:i] + items[i + 1:]
        for p in perms(rest):
            out.append([items[i]] + p)
    return out
def combos(items, k):
    if k == 0:
        return [[]]
    if not items:
        return []
    return [[items[0]] + c for c in combos(items[1:], k - 1)] + combos(items[1:], k)
def next_perm(a):
    a = a[:]
    i = len(a) - 2
    while i >= 0 and a[i] >= a[i + 1]:
        i -= 1
    if i < 0:
        return None
    j = len(a) - 1
    while a[j] <= a[i]:
        j -= 1
    a[i], a[j] = a[j], a[i]
    a[i + 1:] = reversed(a[i + 1:])
    return a
print(perms([1, 2, 3]))
print(len(perms(list("abcde"))))
print(["".join(p) for p in perms(list("abc"))])
print(combos([1, 2, 3, 4], 2))
p = [1, 2, 3]
seq = []
while p:
    seq.append("".join(map(str, p)))
    p = next_perm(p)
print(seq)
