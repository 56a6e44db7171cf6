import sys

seen = []
for i in range(10):
    seen.append(i * i)
    if sum(seen) > 50:
        print("stopping at", i, seen)
        sys.exit(0)
    print("step", i, "sum", sum(seen))
print("unreachable")
