# The Warning hierarchy and the other builtin exception classes; the builtins module's names
# (dir, getattr of constants), and names that are types but not builtins.
import builtins

for name in ['Warning', 'UserWarning', 'DeprecationWarning', 'PendingDeprecationWarning',
             'SyntaxWarning', 'RuntimeWarning', 'FutureWarning', 'ImportWarning',
             'UnicodeWarning', 'BytesWarning', 'ResourceWarning', 'EncodingWarning',
             'BufferError', 'ReferenceError', 'UnicodeTranslateError']:
    cls = getattr(builtins, name)
    print(name, [c.__name__ for c in cls.__mro__])
try:
    raise DeprecationWarning("old", 2)
except Warning as e:
    print(repr(e), e.args)
class MyWarning(UserWarning):
    pass
print(issubclass(MyWarning, Warning), isinstance(MyWarning("x"), Exception))
print(builtins.True, builtins.None, builtins.Ellipsis, builtins.NotImplemented)
names = dir(builtins)
for n in ['len', 'Warning', 'True', 'object', 'type', 'IOError', 'range', 'zip', 'KeyError']:
    print(n, n in names)
for n in ['function', 'NoneType', 'generator', 'method', 'cell']:
    print(n, n in names, hasattr(builtins, n))
    try:
        eval(n)
    except NameError as e:
        print(e)
