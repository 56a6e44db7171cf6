def resource(name):
    print("open", name)
    try:
        i = 0
        while True:
            yield f"{name}-{i}"
            i += 1
    finally:
        print("close", name)

g = resource("db")
print(next(g), next(g))
g.close()
print("closed already")
g.close()
try:
    next(g)
except StopIteration:
    print("exhausted after close")
def guarded():
    try:
        yield 1
        yield 2
    except GeneratorExit:
        print("got GeneratorExit")
        raise
h = guarded()
print(next(h))
h.close()
fg = resource("file")
for item in fg:
    print(item)
    if item.endswith("2"):
        break
print("after loop")
fg.close()
def unstarted():
    print("never runs")
    yield 1
u = unstarted()
u.close()
print("unstarted closed")
