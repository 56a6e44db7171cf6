"""The classes of Python's abstract syntax tree (the `ast` module's nodes), from the
language's abstract grammar: each node class has its `_fields` (children, in order) and
`_attributes` (source positions); optional fields (`?` below) default to None.

`compile(source, filename, mode, ast.PyCF_ONLY_AST)` (what `ast.parse` calls) has the VM
describe the parser's tree as Python source calling these classes (`_tree` evaluates it);
`compile()` of a tree compiles the source `ast.unparse` gives for it (`_source_of`)."""

PyCF_ONLY_AST = 1024
PyCF_TYPE_COMMENTS = 4096
PyCF_ALLOW_TOP_LEVEL_AWAIT = 8192


class AST:
    _fields = ()
    _attributes = ()
    __match_args__ = ()

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            raise TypeError(
                "%s constructor takes at most %d positional argument%s"
                % (type(self).__name__, len(fields), "" if len(fields) == 1 else "s"))
        for name, value in zip(fields, args):
            setattr(self, name, value)
        for name, value in kwargs.items():
            setattr(self, name, value)

    def __reduce__(self):
        return type(self), (), dict(vars(self))


_POSITIONS = "lineno col_offset end_lineno? end_col_offset?"

# family: base class and its attributes; then its nodes with their fields.
_GRAMMAR = """
mod =
  Module: body type_ignores
  Interactive: body
  Expression: body
  FunctionType: argtypes returns
stmt = POSITIONS
  FunctionDef: name args body decorator_list returns? type_comment?
  AsyncFunctionDef: name args body decorator_list returns? type_comment?
  ClassDef: name bases keywords body decorator_list
  Return: value?
  Delete: targets
  Assign: targets value type_comment?
  AugAssign: target op value
  AnnAssign: target annotation value? simple
  For: target iter body orelse type_comment?
  AsyncFor: target iter body orelse type_comment?
  While: test body orelse
  If: test body orelse
  With: items body type_comment?
  AsyncWith: items body type_comment?
  Match: subject cases
  Raise: exc? cause?
  Try: body handlers orelse finalbody
  TryStar: body handlers orelse finalbody
  Assert: test msg?
  Import: names
  ImportFrom: module? names level?
  Global: names
  Nonlocal: names
  Expr: value
  Pass:
  Break:
  Continue:
expr = POSITIONS
  BoolOp: op values
  NamedExpr: target value
  BinOp: left op right
  UnaryOp: op operand
  Lambda: args body
  IfExp: test body orelse
  Dict: keys values
  Set: elts
  ListComp: elt generators
  SetComp: elt generators
  DictComp: key value generators
  GeneratorExp: elt generators
  Await: value
  Yield: value?
  YieldFrom: value
  Compare: left ops comparators
  Call: func args keywords
  FormattedValue: value conversion format_spec?
  JoinedStr: values
  Constant: value kind?
  Attribute: value attr ctx
  Subscript: value slice ctx
  Starred: value ctx
  Name: id ctx
  List: elts ctx
  Tuple: elts ctx
  Slice: lower? upper? step?
expr_context =
  Load:
  Store:
  Del:
boolop =
  And:
  Or:
operator =
  Add:
  Sub:
  Mult:
  MatMult:
  Div:
  Mod:
  Pow:
  LShift:
  RShift:
  BitOr:
  BitXor:
  BitAnd:
  FloorDiv:
unaryop =
  Invert:
  Not:
  UAdd:
  USub:
cmpop =
  Eq:
  NotEq:
  Lt:
  LtE:
  Gt:
  GtE:
  Is:
  IsNot:
  In:
  NotIn:
comprehension: target iter ifs is_async
excepthandler = POSITIONS
  ExceptHandler: type? name? body
arguments: posonlyargs args vararg? kwonlyargs kw_defaults kwarg? defaults
arg: arg annotation? type_comment? / POSITIONS
keyword: arg? value / POSITIONS
alias: name asname? / POSITIONS
withitem: context_expr optional_vars?
match_case: pattern guard? body
pattern = lineno col_offset end_lineno end_col_offset
  MatchValue: value
  MatchSingleton: value
  MatchSequence: patterns
  MatchMapping: keys patterns rest?
  MatchClass: cls patterns kwd_attrs kwd_patterns
  MatchStar: name?
  MatchAs: pattern? name?
  MatchOr: patterns
type_ignore =
  TypeIgnore: lineno tag
"""


def _names(spec):
    """`(names, optional names)` of a field list like `value? kind`."""
    spec = spec.replace("POSITIONS", _POSITIONS).split()
    names = tuple(s.rstrip("?") for s in spec)
    return names, [s.rstrip("?") for s in spec if s.endswith("?")]


def _node(name, base, fields, attributes):
    names, optional = _names(fields)
    namespace = {"_fields": names, "__match_args__": names, "__module__": "ast"}
    if attributes is not None:
        attr_names, attr_optional = _names(attributes)
        namespace["_attributes"] = attr_names
        optional += attr_optional
    for field in optional:
        namespace[field] = None
    cls = type(name, (base,), namespace)
    globals()[name] = cls
    return cls


def _build():
    family = None
    for line in _GRAMMAR.strip().splitlines():
        if line.startswith("  "):
            name, _, fields = line.strip().partition(":")
            _node(name, family, fields, None)
        elif "=" in line:
            name, _, attributes = line.partition("=")
            family = _node(name.strip(), AST, "", attributes)
        else:
            name, _, rest = line.partition(":")
            fields, _, attributes = rest.partition("/")
            _node(name.strip(), AST, fields, attributes or None)


_build()
AST.__module__ = "ast"
del _build, _node, _names


def _tree(text):
    """The tree `text` (the VM's description of a parse) builds."""
    return eval(text, globals())


def _source_of(tree, mode):
    """The source `compile()` compiles for a syntax tree given as its `source` (None when it
    is no tree)."""
    if not isinstance(tree, AST):
        return None
    expected = {"exec": Module, "eval": Expression, "single": Interactive}.get(mode)
    if expected is not None and not isinstance(tree, expected):
        raise TypeError("expected %s node, got %s" % (expected.__name__, type(tree).__name__))
    import ast
    if isinstance(tree, Interactive):
        tree = Module(tree.body, [])
    return ast.unparse(tree)
