f = frozenset([1, 2, 3])
g = frozenset([3, 4])
print(sorted(f | g), sorted(f & g), f == frozenset([3, 2, 1]), type(f | g).__name__)
table = {frozenset([1, 2]): "pair", frozenset([3]): "single"}
print(table[frozenset([2, 1])], table.get(frozenset([4]), "none"))
sets = {frozenset([1]), frozenset([1]), frozenset([2, 1])}
print(len(sets))
print(sorted(sorted(s) for s in sets))
edges = [(1, 2), (2, 3), (2, 1), (3, 1), (3, 2)]
undirected = {frozenset(e) for e in edges}
print(len(undirected), sorted(tuple(sorted(e)) for e in undirected))
print(frozenset() == set(), {1, 2} == frozenset({1, 2}))
print(sorted(frozenset(range(5)).difference({1, 3})))
