from collections import defaultdict

words = ["apple", "bat", "car", "dog", "eagle", "fig", "goose", "hat", "iguana"]
by_len = defaultdict(list)
for w in words:
    by_len[len(w)].append(w)
for k in sorted(by_len):
    print(k, by_len[k])
counts = defaultdict(int)
for ch in "abracadabra":
    counts[ch] += 1
print(sorted(counts.items()))
print(counts["z"], "z" in counts, len(counts))
tree = lambda: defaultdict(tree)
root = tree()
root["a"]["b"]["c"] = 1
root["a"]["x"] = 2
print(sorted(root["a"].keys()), root["a"]["b"]["c"])
adj = defaultdict(set)
for u, v in [(1, 2), (2, 3), (1, 3), (3, 4)]:
    adj[u].add(v)
    adj[v].add(u)
for node in sorted(adj):
    print(node, sorted(adj[node]))
d = defaultdict(lambda: "missing")
d["k"] = "present"
print(d["k"], d["other"], len(d))
print(defaultdict(int, {"a": 1})["a"])
