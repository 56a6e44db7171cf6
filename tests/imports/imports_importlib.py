# __import__ and importlib.import_module / reload.
import sys
import importlib

print("-- __import__('hp_dyn.sub') returns the top-level package")
m = __import__("hp_dyn.sub")
print(m.__name__, m is sys.modules["hp_dyn"], m.sub.__name__)
print("not bound by __import__:", "hp_dyn" in globals())

print("-- __import__ with a fromlist returns the named module and imports submodules")
m = __import__("hp_dyn.sub", fromlist=["leaf"])
print(m.__name__, m.leaf.LEAF)
m = __import__("hp_dyn", globals(), locals(), ["mod", "INIT_ATTR", "not_there"], 0)
print(m.__name__, m.mod.M, "hp_dyn.mod" in sys.modules, "hp_dyn.not_there" in sys.modules)
m = __import__("hp_dyn.sub.other", fromlist=[""])
print(m.__name__)

print("-- relative __import__ uses __package__ from the globals given")
g = {"__package__": "hp_dyn.sub", "__name__": "hp_dyn.sub.x"}
m = __import__("leaf", g, None, ["LEAF"], 1)
print("level 1 'leaf' from hp_dyn.sub with fromlist:", m.__name__)
m = __import__("mod", g, None, ["M"], 2)
print("level 2 'mod' from hp_dyn.sub with fromlist:", m.__name__)
m = __import__("", g, None, ["other"], 1)
print("level 1 '' (from . import other):", m.__name__, m.other.__name__)
m = __import__("sub.leaf", {"__package__": "hp_dyn", "__name__": "hp_dyn"}, None, [], 1)
print("level 1 'sub.leaf' without fromlist:", m.__name__)

print("-- __import__ errors")
for args in [("",), ("hp_dyn.nope",), ("hp_dyn_nope",)]:
    try:
        __import__(*args)
    except (ImportError, ValueError) as e:
        print(repr(args[0]), type(e).__name__, str(e))
try:
    __import__("x", {"__package__": "", "__name__": "toplevel"}, None, [], 1)
except ImportError as e:
    print("relative without package:", type(e).__name__, str(e))
try:
    __import__("x", {"__name__": "toplevel"}, None, [], -1)
except ValueError as e:
    print("negative level:", type(e).__name__, str(e))

print("-- importlib.import_module returns the named module itself")
m = importlib.import_module("hp_dyn.sub.leaf")
print(m.__name__, m is sys.modules["hp_dyn.sub.leaf"])
m = importlib.import_module("hp_dyn")
print(m.__name__)
m = importlib.import_module(".mod", "hp_dyn")
print("relative '.mod' in hp_dyn:", m.__name__)
m = importlib.import_module("..mod", "hp_dyn.sub")
print("relative '..mod' in hp_dyn.sub:", m.__name__)
m = importlib.import_module(".sub.leaf", package="hp_dyn")
print("relative '.sub.leaf' in hp_dyn:", m.__name__)
m = importlib.import_module(".", "hp_dyn.sub")
print("relative '.' in hp_dyn.sub:", m.__name__)

print("-- importlib.import_module errors")
for args in [("hp_dyn_missing",), ("hp_dyn.sub.missing",), (".mod",), ("...mod", "hp_dyn.sub")]:
    try:
        importlib.import_module(*args)
    except (ImportError, TypeError, ValueError) as e:
        print(args, type(e).__name__, str(e))

print("-- importlib.reload re-runs the body in the same module object")
import hp_reload_me
first = hp_reload_me
hp_reload_me.EXTRA = "kept"
r = importlib.reload(hp_reload_me)
print("same object:", r is first, "RUNS:", hp_reload_me.RUNS)
print("old names survive:", hp_reload_me.ONLY_FIRST, hp_reload_me.EXTRA)
print("done")
