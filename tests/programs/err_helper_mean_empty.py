import helper_mathx

batches = [[1, 2, 3], [10, 20], [7.5, 2.5, 5], [], [5]]
means = []
for b in batches:
    m = helper_mathx.mean(b)
    means.append(m)
    clamped = helper_mathx.clamp(m, 2, 12)
    print("mean", m, "clamped", clamped)
print("all means", means)
