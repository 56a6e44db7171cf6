handlers = {"sum": sum, "len": len, "max": max}
data = [4, 8, 15]
for name in ["sum", "len", "max"]:
    print(name, handlers[name](data))
value = 42
value()
