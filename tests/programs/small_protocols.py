print("ab".startswith(("x", "a")), "ab".endswith(("b",)), {1: 2} | {3: 4, 1: 5}, range(2, 9, 3).start, range(5).stop)
