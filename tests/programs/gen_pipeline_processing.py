LOG = """INFO start
WARN disk 81
INFO step 1
ERROR failed to open
INFO step 2
WARN disk 93
ERROR timeout
INFO done"""
def lines(text):
    for line in text.splitlines():
        yield line
def parse(ls):
    for l in ls:
        level, _, msg = l.partition(" ")
        yield level, msg
def only(level, records):
    for lv, msg in records:
        if lv == level:
            yield msg
def numbered(it, start=1):
    n = start
    for x in it:
        yield f"{n}: {x}"
        n += 1
for out in numbered(only("ERROR", parse(lines(LOG)))):
    print(out)
warns = list(only("WARN", parse(lines(LOG))))
print(warns)
counts = {}
for lv, _ in parse(lines(LOG)):
    counts[lv] = counts.get(lv, 0) + 1
print(counts)
def window(it, n):
    buf = []
    for x in it:
        buf.append(x)
        if len(buf) == n:
            yield tuple(buf)
            buf.pop(0)
print(list(window(range(6), 3)))
