# parsing a list of numbers; the last one is invalid
data = ["10", "0x10", "  7 ", "3.5"]
total = 0
for s in data:
    if s.startswith("0x"):
        n = int(s, 16)
    else:
        n = int(s)
    total += n
    print("parsed", repr(s), "->", n, "total", total)
