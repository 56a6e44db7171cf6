records = [("math", "ann", 90), ("art", "bob", 85), ("math", "cy", 85), ("art", "di", 90), ("math", "ed", 70)]
by_score = sorted(records, key=lambda r: r[2], reverse=True)
for r in by_score:
    print(r)
by_subject_then_score = sorted(sorted(records, key=lambda r: -r[2]), key=lambda r: r[0])
print([r[1] for r in by_subject_then_score])
print(sorted(records, key=lambda r: (r[0], -r[2], r[1])))
print(sorted([3, 1, 2], key=None), sorted([], reverse=True), sorted("bca", reverse=True))
print(sorted([[2, 1], [1, 9], [1, 2]]), sorted([(1, "b"), (1, "a")]))
print(sorted([-1.5, 2, -3, 0.5]), sorted([True, False, 2, 0]))
