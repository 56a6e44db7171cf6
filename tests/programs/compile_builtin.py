# compile(), and exec/eval of code objects, bytes and strings in several namespaces.
tests = [
    "compile('x', 'f')",
    "compile('x', 'f', 'bogus')",
    "compile(3, 'f', 'exec')",
    "compile('x\\0', 'f', 'exec')",
    "compile('x=1\\ny=2', 'f', 'single')",
    "compile('x=1; y=2', 'f', 'single').co_name",
    "compile('if 1:\\n  pass\\nz=3', 'f', 'single')",
    "compile('x=1', 'f', 'eval')",
    "compile('x=1', 3, 'exec')",
    "compile('1', 'f', 'exec', 0x8000000)",
    "compile('1', 'f', mode=3)",
    "eval(compile('x=5','f','exec'))",
    "compile('x', b'f', 'eval').co_filename",
    "compile('x=1', 'f', 'exec', dont_inherit=True, optimize=2).co_name",
    "compile(source='1', filename='kw', mode='eval').co_filename",
    "exec((lambda x: print('ran')).__code__)",
    "eval(compile('6*7', 'f', 'eval'))",
    "eval(compile('6*7', 'f', 'eval'), {})",
    "exec(b'print(\"from bytes\")')",
    "exec(bytearray(b'print(\"from bytearray\")'))",
    "exec(b'# -*- coding: latin-1 -*-\\nprint(\"caf\\xe9\")')",
    "eval(b' 1+2')",
    "exec('x\\0')",
    "exec(42)",
    "eval(None)",
    "compile('def f(:', '<mine>', 'exec')",
]
for t in tests:
    try:
        print(t, '->', repr(eval(t)))
    except BaseException as e:
        print(t, '->', type(e).__name__, e)

def outer():
    z = 1
    return (lambda: z).__code__
try:
    exec(outer())
except BaseException as e:
    print(type(e).__name__, e)

c = compile("print('single', 1+1)\n", "s", "single")
exec(c)
c = compile("1+1\n", "s", "single")
exec(c)
c = compile("None\n", "s", "single")
exec(c)

code = compile("total = 0\nfor i in range(n):\n    total += i\n", "loop", "exec")
for n in (3, 10):
    ns = {"n": n}
    exec(code, ns)
    print(ns["total"])
n = 5
exec(code)
print(total)

def g():
    exec(code, globals())
    print("g", total)
n = 7
g()

fcode = compile("def sq(v):\n    return v*v\nresult = sq(k)\n", "fdef", "exec")
ns = {"k": 9}
exec(fcode, ns)
print(ns["result"], ns["sq"](4), sorted(k for k in ns if k != "__builtins__"))

try:
    exec(compile("1/0", "boom.py", "exec"))
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)

try:
    compile("x = (", "bad.py", "exec")
except SyntaxError as e:
    print(e.filename, e.lineno, e.msg)

def h():
    print("h ran", __name__)
exec(h.__code__)

e = compile("x", "f", "eval")
print(e.co_filename, e.co_name, type(e).__name__)
print(compile("def f(): pass", "f", "exec").co_consts[0].co_name)

# The same code object run many times, in fresh namespaces.
counter = compile("count = count + 1 if 'count' in dir() else 1", "c", "exec")
space = {}
for _ in range(5):
    exec(counter, space)
print(space["count"])

# Code objects compare and hash; compile results are new each time.
a = compile("1", "f", "eval")
print(a == a, hash(a) == hash(a))
