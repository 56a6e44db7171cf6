grid = [[0] * 3 for _ in range(3)]
grid[1][1] = 5
print(grid)
bad = [[0] * 3] * 3
bad[1][1] = 5
print(bad)
a = [1, 2]
b = [a, a]
a.append(3)
print(b)
c = b[:]
c[0] = "x"
print(b, c)
def deep_copy(v):
    if isinstance(v, list):
        return [deep_copy(e) for e in v]
    return v
orig = [[1, [2, 3]], [4]]
cp = deep_copy(orig)
cp[0][1][0] = 99
print(orig, cp)
stack = []
for i in range(4):
    stack.append([i] * i)
print(stack, [len(s) for s in stack])
