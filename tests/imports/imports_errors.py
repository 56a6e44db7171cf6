# Import errors: ModuleNotFoundError, cannot import name, relative import errors,
# not-a-package, failing module bodies.
import sys


def msg(e):
    """str(e) without a trailing ' (/path/...)' or ' (unknown location)' (paths vary)."""
    s = str(e)
    i = s.rfind(" (")
    if i >= 0 and s.endswith(")") and (s[i + 2:i + 3] == "/" or s[i + 2:-1] == "unknown location"):
        s = s[:i]
    return s


def show(e):
    print("  ", type(e).__name__, "| name:", repr(e.name), "|", msg(e))


print("-- ModuleNotFoundError")
try:
    import hp_no_such_module
except ModuleNotFoundError as e:
    show(e)
    print("   is ImportError:", isinstance(e, ImportError), "| path:", e.path)
try:
    import hp_err.no_such_sub
except ImportError as e:
    show(e)
print("   hp_err still imported:", "hp_err" in sys.modules)
try:
    import hp_no_such_pkg.sub.leaf
except ImportError as e:
    show(e)
try:
    from hp_err.no_such_sub import x
except ImportError as e:
    show(e)
try:
    from hp_no_such_pkg import x
except ImportError as e:
    show(e)
try:
    import hp_err.no_such_sub as alias
except ImportError as e:
    show(e)
print("   alias bound:", "alias" in globals())

print("-- importing below a plain module: not a package")
try:
    import hp_err.mod.x
except ImportError as e:
    show(e)
try:
    from hp_err.mod.x import y
except ImportError as e:
    show(e)

print("-- cannot import name (ImportError, not ModuleNotFoundError)")
try:
    from hp_err.mod import q
except ImportError as e:
    show(e)
    print("   exact class ImportError:", type(e) is ImportError, "| path ends:", e.path.rsplit("/", 1)[-1])
try:
    from hp_err.mod import present, q2
except ImportError as e:
    show(e)
print("   present bound:", "present" in globals())
try:
    from hp_err import no_such_name_or_sub
except ImportError as e:
    show(e)
    print("   path ends:", e.path.replace("\\", "/").rsplit("/", 2)[-2:])
try:
    from sys import no_such_sys_attr
except ImportError as e:
    print("  ", type(e).__name__, "| name:", repr(e.name), "|", str(e))
try:
    import hp_import_err_in_body
except ImportError as e:
    show(e)
print("   hp_import_err_in_body in sys.modules:", "hp_import_err_in_body" in sys.modules)

print("-- relative import errors")
try:
    from hp_err import bad_beyond
except ImportError as e:
    show(e)
try:
    import hp_err.bad_beyond_mod
except ImportError as e:
    show(e)
try:
    import hp_top_rel
except ImportError as e:
    show(e)
try:
    from . import hp_err
except ImportError as e:
    show(e)
try:
    from .hp_err import mod
except ImportError as e:
    show(e)
try:
    from .. import hp_err
except ImportError as e:
    show(e)
print("   failed modules not in sys.modules:", [n for n in ("hp_err.bad_beyond", "hp_err.bad_beyond_mod", "hp_top_rel") if n in sys.modules])

print("-- a module whose body raises")
for attempt in (1, 2):
    try:
        import hp_raiser
    except ValueError as e:
        print("  ", attempt, type(e).__name__, e)
    print("   in sys.modules:", "hp_raiser" in sys.modules, "| bound:", "hp_raiser" in globals())
try:
    import hp_err.raising_sub
except RuntimeError as e:
    print("  ", type(e).__name__, e)
print("   hp_err.raising_sub in sys.modules:", "hp_err.raising_sub" in sys.modules,
      "| attribute on hp_err:", hasattr(sys.modules["hp_err"], "raising_sub"))
try:
    from hp_err import raising_sub
except RuntimeError as e:
    print("   again:", type(e).__name__, e)

print("-- an ImportError raised inside an imported module's body propagates")
try:
    import hp_err.imports_missing
except ModuleNotFoundError as e:
    show(e)
print("   hp_err.imports_missing in sys.modules:", "hp_err.imports_missing" in sys.modules,
      "| hp_err.mod (imported before the failure) kept:", "hp_err.mod" in sys.modules)

print("-- a syntax error in an imported module")
try:
    import hp_syntax_err
except SyntaxError as e:
    print("  ", type(e).__name__, "| file:", e.filename.rsplit("/", 1)[-1], "| line:", e.lineno)
print("   in sys.modules:", "hp_syntax_err" in sys.modules)

print("-- raising ImportError directly")
e = ImportError("custom", name="nm", path="/p")
print("  ", str(e), e.name, e.path, e.msg)
e = ModuleNotFoundError("No module named 'zz'", name="zz")
print("  ", str(e), e.name, repr(e.path), isinstance(e, ImportError))
e = ImportError()
print("  ", repr(str(e)), e.name, e.path, e.msg)
print("done")
