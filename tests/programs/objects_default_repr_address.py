# object.__repr__ names the object's address as CPython does (its id() in hex), so programs
# that mask it (re.sub on ' at 0x...') or compare it with hex(id(x)) see CPython's text.
class Foo: pass
class Bar(list): pass
class E(Exception): pass
f = Foo()
import re
def clean(s): return re.sub(r" at 0x[0-9a-f]+", " at ADDR", s)
print(clean(repr(f)), clean(str(f)), clean("%r" % f), clean(f"{f}"), clean(repr([f, f])), clean(repr({1: f})))
print(clean(repr(object())), clean(object.__repr__(f)), repr(Bar([1])), repr(E("x")))
print(repr(f) == repr(f), hex(id(f)) in repr(f))
