items = [3, 1, 2]
items.sort()
assert items == [1, 2, 3]
print("sorted ok", items)
assert all(isinstance(i, int) for i in items)
print("types ok")
assert sum(items) == 7
print("unreachable")
