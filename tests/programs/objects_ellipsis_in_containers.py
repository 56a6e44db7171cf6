# Ellipsis is a value like any other in sets, dicts and lists (it once shared its word with
# a set's deleted-entry marker).
s = {..., 1}
print(len(s), ... in s, 1 in s, s == {1, ...})
s.discard(...)
print(s, ... in s)
s.add(...)
s.add(...)
print(len(s), sorted(map(repr, s)))
d = {...: "dots", None: "none"}
print(d[...], list(d.values()), ... in d)
del d[...]
print(d, [..., ...].count(...), (1, ...).index(...))
print(type(...).__name__, ... is Ellipsis, repr(...), str(...), bool(...))
fs = frozenset([..., None, True])
print(len(fs), ... in fs, None in fs)
