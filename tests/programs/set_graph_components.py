edges = [(1, 2), (2, 3), (4, 5), (6, 6), (7, 8), (8, 9), (9, 7), (3, 1)]
nodes = set()
for u, v in edges:
    nodes |= {u, v}
nodes |= {10, 11}
adj = {n: set() for n in sorted(nodes)}
for u, v in edges:
    adj[u].add(v)
    adj[v].add(u)
seen = set()
components = []
for n in sorted(nodes):
    if n in seen:
        continue
    comp = set()
    stack = [n]
    while stack:
        x = stack.pop()
        if x in comp:
            continue
        comp.add(x)
        stack.extend(adj[x] - comp)
    seen |= comp
    components.append(comp)
print(len(components))
for comp in components:
    print(sorted(comp))
print(sorted(n for n in nodes if not adj[n]))
print(sorted(n for n in nodes if n in adj[n]))
tri = {frozenset({a, b, c}) for a in adj for b in adj[a] for c in adj[b] if a in adj[c] and len({a, b, c}) == 3}
print(sorted(sorted(t) for t in tri))
