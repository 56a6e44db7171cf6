import math

values = [16, 2.25, 0, -4]
for v in values:
    print("sqrt", v, "=", math.sqrt(v))
print("unreachable")
