def classify(n):
    if n < 0:
        return "negative"
    elif n == 0:
        return "zero"
    elif n < 10:
        return "small"
    else:
        return "large"
for n in [-5, 0, 3, 42]:
    print(n, classify(n), "even" if n % 2 == 0 else "odd")
print(0 or "default", "" or [] or None, 1 and 2, 0 and 1, None or 0)
print(not [], not [1], bool(None))
x = [] or [1, 2]
print(x)
def side(v, log):
    log.append(v)
    return v
log = []
r = side(0, log) and side(1, log) or side(2, log)
print(r, log)
grade = lambda s: "A" if s >= 90 else "B" if s >= 80 else "C" if s >= 70 else "F"
print([grade(s) for s in [95, 85, 75, 10]])
if (y := 10 * 2) > 15:
    print("walrus", y)
vals = [1, 4, 9, 16]
print([r for v in vals if (r := v ** 0.5) > 1.5])
