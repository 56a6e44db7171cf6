seen = {10, 20, 30}
for x in [20, 10]:
    seen.remove(x)
    print("removed", x, sorted(seen))
seen.remove(99)
