# Boxed floats: allocation-heavy arithmetic (a simple integration).
def integrate(steps):
    h = 1.0 / steps
    acc = 0.0
    x = 0.0
    for i in range(steps):
        acc += (x * x + 1.0) * h
        x += h
    return acc


print(f"{integrate(2000000):.6f}")
