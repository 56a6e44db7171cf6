# Keys removed and added again, in a dict of consecutive int keys (a removed key's index
# slot stays taken: with linear probing re-adding it scanned the whole run of keys), string
# keys and negative keys; the order and contents stay CPython's.
d = {i: i for i in range(40000)}
for i in range(20000):
    v = d.pop(i)
    d[i] = v * 2
print(len(d), list(d)[:3], list(d)[-3:], sum(d.values()))

for r in range(5):
    for i in range(0, 40000, 7):
        del d[i]
    for i in range(0, 40000, 7):
        d[i] = r
print(len(d), list(d)[:5], d[7], d[39998], sum(d.values()) % 1000003)

s = {}
for i in range(3000):
    s[f"k{i % 500}"] = i
    if i % 3 == 0:
        s.pop(f"k{(i * 7) % 500}", None)
print(len(s), list(s.items())[:4], sorted(s)[:3])

neg = {-i: i for i in range(1000)}
for i in range(0, 1000, 2):
    del neg[-i]
neg.update({-i: -i for i in range(0, 1000, 4)})
print(len(neg), list(neg)[:4], neg[-4], -999 in neg, -998 in neg)

big = {2**64 + i: i for i in range(100)}
for k in list(big)[::3]:
    del big[k]
big[2**64] = "again"
print(len(big), list(big.values())[-3:])
