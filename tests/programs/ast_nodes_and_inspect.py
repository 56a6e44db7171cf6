# The ast module's node classes (built by hand), NodeVisitor/NodeTransformer, and inspect's
# checks on functions, generators and coroutines; functools.partial/partialmethod/wraps.
import ast
import functools
import inspect

tree = ast.Module(
    body=[
        ast.Assign(targets=[ast.Name("y", ast.Store())],
                   value=ast.BinOp(ast.Constant(1), ast.Add(), ast.Name("x", ast.Load()))),
        ast.Expr(ast.Call(ast.Name("print", ast.Load()), [ast.Name("y", ast.Load())], [])),
    ],
    type_ignores=[],
)
print(ast.dump(tree))
print(ast.dump(tree, indent=2))


class Names(ast.NodeVisitor):
    def __init__(self):
        self.found = []

    def visit_Name(self, node):
        self.found.append((node.id, type(node.ctx).__name__))


v = Names()
v.visit(tree)
print(v.found)


class Doubler(ast.NodeTransformer):
    def visit_Constant(self, node):
        return ast.Constant(node.value * 2)


print(ast.dump(Doubler().visit(tree).body[0].value))
print(sorted({type(n).__name__ for n in ast.walk(tree)}))
print([name for name, _ in ast.iter_fields(ast.Constant(3))])
print(ast.Constant(5).kind, ast.Return().value, ast.Name.__match_args__)
print(issubclass(ast.Name, ast.expr), issubclass(ast.If, ast.stmt), isinstance(ast.Add(), ast.operator))
print(ast.Name._fields, ast.expr._attributes, ast.arguments._fields)
for bad in [("a", "b", "c"), (1, 2, 3, 4)]:
    try:
        ast.Name(*bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    ast.Pass(1)
except TypeError as e:
    print("TypeError:", e)
n = ast.Name("z", ast.Load(), lineno=3, col_offset=4)
print(n.lineno, n.col_offset, n.end_lineno)
match ast.BinOp(ast.Constant(1), ast.Add(), ast.Constant(2)):
    case ast.BinOp(ast.Constant(left), ast.Add(), ast.Constant(right)):
        print("sum", left + right)


async def co():
    pass


async def agen():
    yield 1


def gen():
    yield 1


def f(a, b=2, *args, c, d=4, **kw) -> int:
    pass


print(inspect.iscoroutinefunction(co), inspect.isasyncgenfunction(agen),
      inspect.isgeneratorfunction(gen), inspect.iscoroutinefunction(gen))
c = co()
print(inspect.iscoroutine(c), inspect.isawaitable(c), inspect.getcoroutinestate(c))
c.close()
print(inspect.getcoroutinestate(c))
g = gen()
print(inspect.getgeneratorstate(g))
next(g)
print(inspect.getgeneratorstate(g))
g.close()
print(inspect.getgeneratorstate(g))
print(inspect.isasyncgen(agen()), inspect.isgenerator(g))
print(inspect.signature(f))
p = functools.partial(f, 1, c=3)
print(inspect.iscoroutinefunction(functools.partial(co)), p.args, p.keywords)
print(repr(functools.partial(max, 1, key=abs)))
pp = functools.partial(p, 5)
print(pp.func is f, pp.args)


class Cell:
    def set(self, value, scale=1):
        self.value = value * scale
        return self

    set_one = functools.partialmethod(set, 1)
    set_big = functools.partialmethod(set, scale=100)


print(Cell().set_one().value, Cell().set_big(2).value)


def deco(fn):
    @functools.wraps(fn)
    def wrapper(*a, **k):
        return fn(*a, **k)
    return wrapper


@deco
def documented(x: int) -> int:
    "Doubles."
    return 2 * x


documented.__dict__  # functions have a dict
print(documented.__name__, documented.__doc__, documented.__wrapped__.__name__,
      documented.__annotations__, documented(4))
try:
    functools.partial(3)
except TypeError as e:
    print("TypeError:", e)
