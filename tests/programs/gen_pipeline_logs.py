LOG = """INFO start server
WARN disk 81%
INFO request /home 200
ERROR request /api 500
INFO request /about 200
WARN disk 90%
ERROR db timeout
INFO stop server"""

def lines(text):
    for line in text.splitlines():
        yield line

def parse(lines):
    for ln in lines:
        level, _, msg = ln.partition(" ")
        yield level, msg

def only(levels, records):
    for lvl, msg in records:
        if lvl in levels:
            yield lvl, msg

def numbered(records):
    n = 0
    for r in records:
        n += 1
        yield n, r

for n, (lvl, msg) in numbered(only({"WARN", "ERROR"}, parse(lines(LOG)))):
    print(f"{n:02d} [{lvl:5}] {msg}")
counts = {}
for lvl, _ in parse(lines(LOG)):
    counts[lvl] = counts.get(lvl, 0) + 1
print(counts)
reqs = (msg.split() for lvl, msg in parse(lines(LOG)) if msg.startswith("request"))
print([(path, int(code)) for _, path, code in reqs])
