# Syntax errors CPython's way: the kind, the message and the line of each snippet.
snippets = [
    'x = (1, 2',
    'def f(:\n  pass',
    'if x\n  pass',
    'print "hi"',
    'x = 1 +',
    'for in range(3): pass',
    'x = [1, 2,, 3]',
    'def f():\nreturn 1',
    '  x = 1',
    'class A\n  pass',
    'f(x for x in y, 1)',
    'x += 1 = 2',
    'a b',
    "x = 'abc",
    'def f(a, a): pass',
    'f(a=1, a=2)',
    'f(**k, *a)',
    '1 = x',
    'del f()',
    'try:\n  pass',
    'else: pass',
    'if True:\n    x = 1\n  y = 2',
    'f() = 3',
    'None = 1',
    '(a, b) += 1',
    'for f() in x: pass',
    'x = {1: 2',
    'def g(a=1, b): pass',
    'f(a=1, 2)',
    'x = 5 $ 3',
    'x = 1\n    y = 2',
    'while True\n  pass',
    'lambda x: yield',
    '[x for x in 1 2]',
    'def f(*, ): pass',
    'x = £',
    'import',
    'from x import',
    'class C(:\n  pass',
    'x = """abc',
]
for source in snippets:
    try:
        exec(source)
    except SyntaxError as e:
        print(type(e).__name__, "|", e.msg, "|", e.lineno)
    except Exception as e:
        print("ran:", type(e).__name__)

try:
    exec("x = 1\ny = (2 +\n")
except SyntaxError as e:
    print(str(e), "|", e.filename, e.lineno, repr(e.text), e.args[0])
try:
    eval("1 +* 2")
except SyntaxError as e:
    print(e, "|", e.lineno, e.offset is not None)
try:
    compile_ok = eval("[1, 2][0]")
    print("eval fine:", compile_ok)
    exec("def broken(:\n    pass")
except SyntaxError as e:
    print(repr(e.msg), isinstance(e, Exception))
exec("def f(a, b, a): pass")
