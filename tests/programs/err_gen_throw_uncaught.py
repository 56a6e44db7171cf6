class Abort(Exception):
    pass

def worker():
    total = 0
    try:
        while True:
            x = yield total
            total += x
    finally:
        print("worker finally, total =", total)

w = worker()
next(w)
print(w.send(5), w.send(7))
w.throw(Abort("stop requested"))
