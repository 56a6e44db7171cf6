tests = [
    lambda: 1 / 0,
    lambda: [][0],
    lambda: {}["x"],
    lambda: int("abc"),
    lambda: None.foo,
    lambda: len(5),
    lambda: "a" + 1,
    lambda: undefined_name,
    lambda: next(iter([])),
    lambda: [1, 2].index(9),
    lambda: (1).bit_length(1, 2),
    lambda: 2 ** 10000 * 1.0,
    lambda: {1, 2}.remove(3),
    lambda: "x".join([1]),
    lambda: int(None),
    lambda: [1] * "a",
]
for i, t in enumerate(tests):
    try:
        t()
        print(i, "no error")
    except Exception as e:
        print(i, type(e).__name__, isinstance(e, LookupError), isinstance(e, ArithmeticError))
