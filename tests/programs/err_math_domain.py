import math

def roots(values):
    out = []
    for v in values:
        r = math.sqrt(v)
        out.append(r)
        print("sqrt", v, "=", r, "floor", math.floor(r))
    return out

print(roots([16, 2.25, 0]))
print(roots([9, -4, 1]))
print("unreachable")
