# C functions (and hotpy's stand-ins for them) found on a class are not bound as methods.
import logging, sys, math, time, operator, struct, bisect, binascii, zlib, random, inspect
logging.basicConfig(stream=sys.stdout, format="%(asctime)s|%(levelname)s|%(message)s",
                    datefmt="X")
logging.warning("hi")
class A:
    f = math.sqrt
    g = len
    h = time.gmtime
    o = operator.add
    s = staticmethod(math.sqrt)
    p = struct.pack
    b = bisect.bisect_left
    x = binascii.hexlify
    c = zlib.crc32
    r = random.seed
    itemget = operator.itemgetter(1)
print(A().f(4), A().g([1]), A().h(0).tm_year, A().o(1, 2), A().s(9))
print(A().p('b', 1), A().b([1, 2, 3], 2), A().x(b'ab'), A().c(b'abc'), A().r(5))
print(A.f, A().f, A.o, operator.__lt__, time.localtime, struct.pack, bisect.bisect)
print(type(time.localtime).__name__, type(operator.add).__name__, type(struct.pack).__name__)
print(inspect.isbuiltin(time.sleep), inspect.isbuiltin(operator.add),
      inspect.isfunction(time.localtime), callable(time.localtime))
print(time.localtime.__name__, operator.add.__name__, operator.add.__doc__)
def f(): pass
print(repr(f).startswith('<function f at 0x'), repr(A.f))
try:
    A().f(1, 2)
except TypeError as e:
    print("TypeError")
