# Allocates many floats and strings; only a few stay alive.
acc = 0.5
i = 0
while i < 20000:
    acc = acc + i * 0.5
    s = "x" * (i % 7)
    i += 1
print(acc, len(s))
