t = (1, "a", 2.5)
print(t, (1,), (), len(t), t[1], t[-1])
for item in (3, 2, 1):
    print(item, end=" ")
print()
print((1, 2) == (1, 2), (1, 2) == (1, 3), (1, 2) != (2, 1))
pair = ("x", [1, 2])
pair[1].append(3)
print(pair)
