groups = {}
pairs = [((1, 2), "a"), ((3, 4), "b"), ([5, 6], "c")]
for key, val in pairs:
    groups[key] = val
    print("stored", key, val)
