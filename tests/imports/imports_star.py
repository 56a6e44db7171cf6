# from M import *: with __all__ (including submodules named in __all__), without
# __all__ (underscore names skipped), __all__ as a tuple, bad __all__ entries.
import sys

def new_names():
    global before
    now = set(globals())
    added = sorted(now - before - {"before"})
    before = now
    return added


before = set(globals())


print("-- package with __all__ naming a submodule")
from hp_star_pkg import *
print(new_names())
print(pub(), CONST, sub_a.A, _exported_private)
print("sub_b imported:", "hp_star_pkg.sub_b" in sys.modules)
print("the package itself is not bound:", "hp_star_pkg" in globals())

print("-- module without __all__")
from hp_star_noall import *
print(new_names())
print(hp_once.COUNT, once_count, func(), Klass.__name__)

print("-- package without __all__: only attributes already present")
from hp_star_noall_pkg import *
print(new_names())
print("unloaded imported:", "hp_star_noall_pkg.unloaded" in sys.modules)

print("-- __all__ as a tuple")
from hp_star_tuple import *
print(new_names())

print("-- __all__ naming something missing")
try:
    from hp_star_bad import *
except AttributeError as e:
    print(type(e).__name__, "|", e)
print(new_names())

print("-- __all__ with a non-string entry")
try:
    from hp_star_badtype import *
except TypeError as e:
    print(type(e).__name__, "|", e)
print(new_names())

print("-- star import rebinding an existing name")
CONST = "mine"
from hp_star_pkg import *
print(CONST, new_names())
print("done")
