def mean(xs):
    assert len(xs) > 0, "mean of empty list"
    return sum(xs) / len(xs)
print(mean([1, 2, 3]))
try:
    mean([])
except AssertionError as e:
    print("caught:", e)
def checked_sqrt(x):
    assert x >= 0, f"negative input {x}"
    return x ** 0.5
print(checked_sqrt(16))
print(checked_sqrt(-4))
