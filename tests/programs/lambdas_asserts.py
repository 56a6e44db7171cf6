square = lambda x: x * x
add = lambda a, b: a + b
print(square(7), add(2, 3), (lambda: "const")())
pairs = [(1, "b"), (0, "a")]
print(sorted([3, 1, 2]), list(map(square, [1, 2])) if False else [square(n) for n in [1, 2]])
assert square(3) == 9
assert True, "never"
try:
    assert 1 > 2, "math is broken"
except AssertionError as e:
    print("assertion:", e)


def outer():
    return [lambda y: y + 1][0](1)


print(outer())
assert False
