# Exceptions' data attributes (args, SystemExit.code, StopIteration.value) are descriptors.
e = SystemExit(3)
print(e.code, e.args)
e.code = 7
print(e.code, e.args)
print(SystemExit().code, SystemExit(1, 2).code)
s = StopIteration(5)
print(s.value)
s.value = 9
print(s.value, s.args)
v = ValueError("a", "b")
v.args = [1, 2]
print(v.args, str(v))
class E(Exception):
    pass
x = E("m")
print(x.args, type(BaseException.__dict__['args']).__name__)
try:
    del x.args
except TypeError as t:
    print(t)
def g():
    yield 1
    return 99
it = g(); next(it)
try:
    next(it)
except StopIteration as st:
    print(st.value, st.args)
try:
    raise SystemExit("bye")
except SystemExit as se:
    print(se.code)
print(BaseException.args)
