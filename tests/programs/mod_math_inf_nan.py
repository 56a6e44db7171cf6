import math

inf = math.inf
print(inf, -inf, inf > 10**300, -inf < -10**300)
print(inf + 1 == inf, inf * -1, 1 / inf)
nan = inf - inf
print(nan == nan, nan != nan, math.isnan(nan), math.isinf(inf), math.isinf(1e308))
print(math.isfinite(1.0), math.isfinite(inf), math.isfinite(nan))
print(float("inf") == inf, float("-inf") == -inf)
print(max([1, inf, 3]), min([1, -inf, 3]))
best = inf
for v in [5, 3, 8, 1, 9]:
    if v < best:
        best = v
print(best)
print(math.floor(2.0), math.ceil(2.0))
try:
    math.floor(inf)
except OverflowError as e:
    print("OverflowError", e)
try:
    int(nan)
except ValueError as e:
    print("ValueError", e)
print(sorted([3.5, -inf, 2, inf, 0]))
