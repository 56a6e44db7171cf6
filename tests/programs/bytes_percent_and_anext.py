# bytes % formatting (PEP 461) and the aiter/anext builtins.
print(b"%d-%s" % (1, b"x"))
print(b"item %d\n" % 5)
print(b"%5s|%-5s|" % (b"ab", b"cd"))
print(b"%b %s" % (bytearray(b"ba"), memoryview(b"mv")))
print(b"%r %a" % ("caf\xe9", b"x"))
print(b"%c%c%c" % (65, b"B", 67))
print(b"%x %o %X %05.1f %e" % (255, 8, 255, 2.25, 1500.0))
print(b"%(a)s and %(b)d" % {b"a": b"A", b"b": 2})
print(b"100%%" % ())
print(bytearray(b"%s!") % b"hi", type(bytearray(b"%s") % b"x").__name__)


class B:
    def __bytes__(self):
        return b"from __bytes__"


print(b"<%s>" % B())
print("%a %s" % ("caf\xe9", "x"))
for bad in [(b"%s", "text"), (b"%s", 3), (b"%c", 300), (b"%c", b"ab"), (b"%d", b"1"),
            (b"%s %s", (b"one",)), (b"%s", (b"a", b"b")), (b"%y", 1), (b"%(a)s", (1,))]:
    try:
        print(bad[0] % bad[1])
    except (TypeError, ValueError, OverflowError, KeyError) as e:
        print(type(e).__name__, e)


async def agen(n):
    for i in range(n):
        yield i


class Counter:
    def __init__(self):
        self.n = 0

    def __aiter__(self):
        return self

    async def __anext__(self):
        if self.n >= 2:
            raise StopAsyncIteration
        self.n += 1
        return self.n


async def main():
    it = aiter(agen(2))
    print(await anext(it), await anext(it), await anext(it, "done"))
    try:
        await anext(it)
    except StopAsyncIteration:
        print("StopAsyncIteration")
    c = aiter(Counter())
    print(await anext(c), await anext(c), await anext(c, None))
    for bad in [1, [1]]:
        try:
            aiter(bad)
        except TypeError as e:
            print("TypeError:", e)
    try:
        anext(5)
    except TypeError as e:
        print("TypeError:", e)
    return "ok"


coro = main()
try:
    coro.send(None)
except StopIteration as e:
    print(e.value)
