def averager():
    total = 0
    count = 0
    avg = None
    while True:
        value = yield avg
        total += value
        count += 1
        avg = total / count
a = averager()
next(a)
for v in [10, 20, 30, 5]:
    print("avg", a.send(v))
def accumulate():
    items = []
    while True:
        x = yield len(items)
        if x is None:
            break
        items.append(x)
    yield items
c = accumulate()
print(next(c))
print(c.send("a"), c.send("b"))
print(c.send(None))
def echo():
    try:
        while True:
            got = yield
            print("echo:", got)
    finally:
        print("echo closed")
e = echo()
next(e)
e.send(1)
e.send("two")
e.close()
print("after close")
