groups = {}
for word in ["apple", "avocado", "banana", "blueberry", "cherry"]:
    key = word[0]
    if key not in groups:
        groups[key] = []
    groups[key].append(word)
for k in sorted(groups):
    print(k, groups[k], len(groups[k]))
inverted = {v: k for k, v in {"a": 1, "b": 2}.items()} if False else {1: "a", 2: "b"}
print(inverted, groups.get("z", []))
