def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        if value is None:
            break
        total += value
        count += 1
        avg = total / count
    return (count, total)

g = averager()
print(next(g))
for v in [10, 20, 30, 45]:
    print("avg", g.send(v))
try:
    g.send(None)
except StopIteration as e:
    print("finished with", e.value)
def echo():
    received = []
    while True:
        x = yield len(received)
        received.append(x)
        if x == "stop":
            return received
e = echo()
print(e.send(None), e.send("a"), e.send("b"))
try:
    e.send("stop")
except StopIteration as si:
    print(si.value)
