# ast.parse: CPython 3.11's node shapes and positions for every statement and expression
# kind, ast.dump/unparse/walk/NodeVisitor/NodeTransformer, literal_eval, compile() of trees.
import ast
src = '''
import os, sys as system
from .pkg import (a, b as c)
@decorator
@other.deco(1)
def f(a, /, b: int = 2, *args, c, d=4, **kw) -> str:
    """doc"""
    x = [i * 2 for i in range(10) if i % 2]
    y = {k: v for k, v in zip("ab", (1, 2))}
    z = {1, 2}; w = (yield); q = lambda p, *r: p
    if x: pass
    elif y: return 1
    elif z: x += 1
    else: del x
    while True: break
    for i, j in enumerate(x): continue
    else: pass
    try: raise ValueError("m") from None
    except (ValueError, TypeError) as e: pass
    except Exception: pass
    else: pass
    finally: pass
    with open("f") as fh, ctx(): pass
    global g; nonlocal h
    assert x, "msg"
    s = f"a{x!r:>{w}}b{y=}" "tail" 'c'
    t = b"\\x00bytes" + u"uni" + "caf\\u00e9"
    n = -1 + 2.5 * 3j ** 0x10 // 1e100 % 10_000_000_000_000_000_000
    a[1:2, ::3] = b.c[...]
    not a and b or c
    1 < x <= 3 is not None
    v = x if y else z
    (n := 10)
    print(*args, sep="", **kw)
    match cmd:
        case [1, 2, *rest]: pass
        case {"k": 1, **others}: pass
        case Point(x=0, y=yy) | None as p if p: pass
        case "s" | 3.5 | -1 | True: pass
        case _: pass
class C(Base, metaclass=M):
    a: int = 1
    b: str
async def g():
    async with a as b: await x
    async for i in y: pass
    return [j async for j in z]
'''
tree = ast.parse(src)
print(ast.dump(tree, indent=1))
print(ast.dump(tree, include_attributes=True)[:3000])
print(ast.unparse(tree))
for node in ast.walk(tree):
    if isinstance(node, (ast.FunctionDef, ast.ClassDef, ast.If, ast.ExceptHandler, ast.arg, ast.keyword, ast.alias)):
        print(type(node).__name__, node.lineno, node.col_offset, node.end_lineno, node.end_col_offset)
print(ast.literal_eval("[1, 2.5, -3, 'x', b'y', (True, None), {'a': {1, 2}}, 1+2j]"))
try: ast.literal_eval("f(1)")
except ValueError as e: print(str(e).split(" object")[0])
try: ast.parse("x = = 1")
except SyntaxError as e: print(e.msg, e.lineno, e.offset)
print(ast.dump(ast.parse("1 + 2", mode="eval")))
code = compile(ast.parse("print('from tree', 6 * 7)"), "<ast>", "exec"); exec(code)
print(eval(compile(ast.parse("2 ** 10", mode="eval"), "<ast>", "eval")))
class V(ast.NodeVisitor):
    def visit_Name(self, node): print("name", node.id)
V().visit(ast.parse("a + b * c"))
class T(ast.NodeTransformer):
    def visit_Constant(self, node): return ast.Constant(node.value * 10)
t = ast.fix_missing_locations(T().visit(ast.parse("print(1 + 2)")))
exec(compile(t, "<t>", "exec"))
print(ast.get_docstring(ast.parse('def f():\n    "hi"\n    pass').body[0]))
print(ast.dump(ast.parse("x: int", mode="exec")), ast.dump(ast.parse("x = 1", mode="single")))
for src in ["x = (1,\n  2)", "f(x for x in y)", "a = 'é' + f'{é}'", "@d\n# c\n\n@e\ndef f(): pass", "if a:\n  pass\nelif b:\n  pass\nelse:\n  x", "x = {**a, 'b': 1}", "del a[0], b.c", "print(f'{x:{w}.{p}f}')", "f'{a}' f'{b}'", "''", "u'x'", "x = 0o17 + 0b101 + 1_000", "1e-7 + 1.5e300 + 1e999", "raise", "lambda: 0", "try:\n  pass\nexcept* E:\n  pass", "with (a as b, c as d): pass", "[*a, *b]", "x[a:b]", "not x", "~x", "a @ b", "return", "yield x"]:
    try:
        print(ast.dump(ast.parse(src), include_attributes=True))
    except SyntaxError as e:
        print("SyntaxError", e.msg, e.lineno, e.offset)
for bad in ["x = = 1", "def f(:", "(", "x ="]:
    try: ast.parse(bad)
    except SyntaxError as e: print("SyntaxError", e.msg, e.lineno, e.offset, e.text)
for s in [" 1", "1 ", "\t[1]", "-5", "+5", "1-2j", "set()", "{}", "()", "'a' 'b'", "--1", "x", "1 + 1", "(1, [2, {3: 4}])", "b'\\x00'", "1e400"]:
    try: print(repr(ast.literal_eval(s)))
    except Exception as e: print(type(e).__name__, str(e).split(" at 0x")[0].split(" object")[0])
print(ast.literal_eval(ast.parse("[1,2]", mode="eval")))
try: compile(ast.parse("1", mode="eval"), "<x>", "exec")
except TypeError as e: print(e)
