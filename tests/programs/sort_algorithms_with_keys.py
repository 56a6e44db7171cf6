def insertion_sort(a, key=lambda x: x):
    a = list(a)
    for i in range(1, len(a)):
        cur = a[i]
        j = i - 1
        while j >= 0 and key(a[j]) > key(cur):
            a[j + 1] = a[j]
            j -= 1
        a[j + 1] = cur
    return a
def merge_sort(a, key=lambda x: x):
    if len(a) <= 1:
        return list(a)
    mid = len(a) // 2
    l, r = merge_sort(a[:mid], key), merge_sort(a[mid:], key)
    out = []
    i = j = 0
    while i < len(l) and j < len(r):
        if key(r[j]) < key(l[i]):
            out.append(r[j]); j += 1
        else:
            out.append(l[i]); i += 1
    return out + l[i:] + r[j:]
pairs = [(3, "c"), (1, "a"), (3, "a"), (2, "b"), (1, "z")]
print(insertion_sort(pairs, key=lambda p: p[0]))
print(merge_sort(pairs, key=lambda p: p[0]))
print(sorted(pairs, key=lambda p: p[0]) == merge_sort(pairs, key=lambda p: p[0]))
words = "the quick brown fox jumps over the lazy dog".split()
print(merge_sort(words, key=len))
print(insertion_sort(words, key=lambda w: w[::-1]))
def counting_sort(a, maxv):
    counts = [0] * (maxv + 1)
    for x in a:
        counts[x] += 1
    return [v for v, c in enumerate(counts) for _ in range(c)]
print(counting_sort([4, 1, 3, 4, 0, 2, 1], 4))
