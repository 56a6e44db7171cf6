things = ["abc", [1, 2], {"k": 1}, (1, 2, 3), range(5), 12345]
for t in things:
    print(type(t).__name__, len(t))
