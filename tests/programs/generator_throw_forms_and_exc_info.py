# generator.throw in its one- and three-argument forms, and sys.exc_info() inside and
# outside handlers, in callees, generators and finally blocks.
import sys


def gen():
    while True:
        try:
            yield "ready"
        except Exception as e:
            print("caught", type(e).__name__, e.args)


g = gen()
next(g)
print(g.throw(KeyError, KeyError("k")))
print(g.throw(KeyError, "plain"))
print(g.throw(KeyError, ("a", 1)))
print(g.throw(KeyError, None))
print(g.throw(ValueError("instance")))
print(g.throw(LookupError, KeyError("subclass instance")))
try:
    g.throw(ValueError("v"), "extra")
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw()
except TypeError as e:
    print("TypeError:", e)
try:
    g.throw(KeyError, None, None, None)
except TypeError as e:
    print("TypeError:", e)


class Odd(Exception):
    def __init__(self, a, b):
        super().__init__(a + b)


print(g.throw(Odd, (1, 2)))
try:
    g.throw(Odd, 5)
except TypeError as e:
    print("TypeError:", e)
print(next(g))
g.close()


def show(where):
    info = sys.exc_info()
    t, v = info[:2]
    print(where, len(info), t.__name__ if t else t, v)


show("outside")
try:
    raise ValueError("first")
except ValueError:
    show("handler")
    try:
        raise KeyError("inner")
    except KeyError:
        show("nested")
    show("back")
show("after")


def callee():
    show("callee")


try:
    1 / 0
except ZeroDivisionError:
    callee()
try:
    raise RuntimeError("in finally")
except RuntimeError:
    pass
finally:
    show("finally")


def inside_gen():
    try:
        raise OSError("gen")
    except OSError:
        show("generator")
        yield 1


list(inside_gen())
