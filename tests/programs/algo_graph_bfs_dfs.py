graph = {
    "a": ["b", "c"],
    "b": ["d"],
    "c": ["d", "e"],
    "d": ["f"],
    "e": ["f"],
    "f": [],
    "g": ["a"],
}
def bfs(start):
    order, dist = [start], {start: 0}
    frontier = [start]
    while frontier:
        nxt = []
        for u in frontier:
            for v in graph[u]:
                if v not in dist:
                    dist[v] = dist[u] + 1
                    order.append(v)
                    nxt.append(v)
        frontier = nxt
    return order, dist
def dfs(u, seen=None):
    if seen is None:
        seen = []
    seen.append(u)
    for v in graph[u]:
        if v not in seen:
            dfs(v, seen)
    return seen
def topo():
    indeg = {u: 0 for u in graph}
    for u in graph:
        for v in graph[u]:
            indeg[v] += 1
    ready = sorted(u for u in graph if indeg[u] == 0)
    out = []
    while ready:
        u = ready.pop(0)
        out.append(u)
        for v in graph[u]:
            indeg[v] -= 1
            if indeg[v] == 0:
                ready.append(v)
        ready.sort()
    return out
print(bfs("a"))
print(dfs("g"))
print(topo())
def all_paths(u, goal, path=()):
    path = path + (u,)
    if u == goal:
        return [path]
    return [p for v in graph[u] for p in all_paths(v, goal, path)]
print(all_paths("a", "f"))
