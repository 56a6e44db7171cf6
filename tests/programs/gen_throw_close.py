def worker():
    n = 0
    while True:
        try:
            cmd = yield n
            n += 1
            print("cmd", cmd)
        except ValueError as e:
            print("caught", e)
            n = 100
        finally:
            pass
w = worker()
print(next(w))
print(w.send("a"))
print(w.throw(ValueError("reset")))
print(w.send("b"))
w.close()
try:
    next(w)
except StopIteration:
    print("closed generator raises StopIteration")
def gen_with_cleanup():
    try:
        yield 1
        yield 2
    finally:
        print("cleanup ran")
g = gen_with_cleanup()
print(next(g))
g.close()
for x in gen_with_cleanup():
    print("got", x)
