def step(grid):
    h, w = len(grid), len(grid[0])
    new = [[0] * w for _ in range(h)]
    for r in range(h):
        for c in range(w):
            n = 0
            for dr in (-1, 0, 1):
                for dc in (-1, 0, 1):
                    if dr or dc:
                        rr, cc = r + dr, c + dc
                        if 0 <= rr < h and 0 <= cc < w:
                            n += grid[rr][cc]
            new[r][c] = 1 if n == 3 or (grid[r][c] and n == 2) else 0
    return new
def show(grid):
    for row in grid:
        print("".join("#" if v else "." for v in row))
    print("-" * len(grid[0]))
g = [[0] * 8 for _ in range(8)]
for r, c in [(0, 1), (1, 2), (2, 0), (2, 1), (2, 2)]:
    g[r][c] = 1
g[6][5] = g[6][6] = g[6][7] = 1
for gen in range(4):
    show(g)
    g = step(g)
print(sum(map(sum, g)))
