class Reset(Exception):
    pass

def counter():
    n = 0
    while True:
        try:
            yield n
            n += 1
        except Reset:
            print("reset!")
            n = 0

c = counter()
print(next(c), next(c), next(c))
print(c.throw(Reset))
print(next(c), next(c))
print(c.throw(Reset()))
def fragile():
    yield "a"
    yield "b"
f = fragile()
print(next(f))
try:
    f.throw(ValueError("boom"))
except ValueError as e:
    print("propagated:", e)
print(list(f))
def catcher():
    try:
        yield 1
    except KeyError as e:
        yield f"handled {e!r}"
    yield "end"
k = catcher()
print(next(k), k.throw(KeyError("k")), next(k))
