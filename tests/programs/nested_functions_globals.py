calls = 0


def tracked(x):
    global calls
    calls += 1
    return x * 2


def apply_all(values):
    out = []
    for v in values:
        out.append(tracked(v))
    return out


print(apply_all([1, 2, 3]), calls)
print(apply_all(range(4)), calls)
