def parse_all(items):
    for s in items:
        try:
            yield int(s)
        except ValueError:
            yield None
print(list(parse_all(["1", "x", "3", "4.0"])))
def risky(n):
    for i in range(n):
        if i == 3:
            raise RuntimeError(f"failed at {i}")
        yield i
got = []
try:
    for v in risky(10):
        got.append(v)
except RuntimeError as e:
    print(got, e)
try:
    print([10 // x for x in [5, 2, 0, 1]])
except ZeroDivisionError as e:
    print("comprehension raised", e)
def safe_div(a, b):
    try:
        return a / b
    except ZeroDivisionError:
        return float("inf")
print([safe_div(1, x) for x in [4, 0, -2]])
g = risky(5)
print(next(g), next(g), next(g))
try:
    next(g)
except RuntimeError as e:
    print("gen error", e)
print(next(g, "gen is finished"))
