from helper_mathx import clamp, mean, digits, PRECISION
import helper_mathx as hm

print([clamp(v, 0, 10) for v in [-5, 0, 5, 10, 15]])
print(round(mean([2, 3, 5, 7, 11]), PRECISION), hm.mean(range(10)))
print(digits(2 ** 40), sum(digits(2 ** 100)))
print([hasattr(hm, n) for n in ["clamp", "mean", "digits", "PRECISION", "missing"]])
try:
    mean([])
except ValueError as e:
    print("error:", e)
