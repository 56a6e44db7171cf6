# Packages: __init__.py, submodules, dotted imports, `as`, from-imports of
# submodules and attributes, submodules appearing as attributes of their parent.
import sys

print("-- import hp_pkg.sub.leaf")
import hp_pkg.sub.leaf
print("bound names:", "hp_pkg" in globals(), "sub" in globals(), "leaf" in globals())
print(hp_pkg.__name__, hp_pkg.sub.__name__, hp_pkg.sub.leaf.__name__)
print(hp_pkg.sub.leaf.LEAF, hp_pkg.sub.leaf.describe())
print(hp_pkg.PKG_CONST, hp_pkg.sub.SUB_CONST)
print("in sys.modules:", [n for n in ("hp_pkg", "hp_pkg.sub", "hp_pkg.sub.leaf") if n in sys.modules])
print("sys.modules identity:", sys.modules["hp_pkg.sub.leaf"] is hp_pkg.sub.leaf)

print("-- import again (no output expected)")
import hp_pkg.sub.leaf
import hp_pkg
import hp_pkg.sub

print("-- import hp_pkg.sub as s")
import hp_pkg.sub as s
print(s is hp_pkg.sub, s.__name__)
import hp_pkg.sub.leaf as lf
print(lf is hp_pkg.sub.leaf, lf.__name__)

print("-- from hp_pkg.sub import leaf (submodule already loaded)")
from hp_pkg.sub import leaf
print(leaf is hp_pkg.sub.leaf)

print("-- from hp_pkg.sub import SUB_CONST (attribute)")
from hp_pkg.sub import SUB_CONST
print(SUB_CONST)

print("-- submodule not imported until asked for")
print("hasattr lazy:", hasattr(hp_pkg, "lazy"), "in sys.modules:", "hp_pkg.lazy" in sys.modules)
from hp_pkg import mod
print("mod:", mod.__name__, mod.value, mod.double(21))
print("hasattr mod:", hasattr(hp_pkg, "mod"), hp_pkg.mod is mod)

print("-- import hp_pkg.other makes hp_pkg.other appear")
print("before:", hasattr(hp_pkg, "other"))
import hp_pkg.other
print("after:", hasattr(hp_pkg, "other"), hp_pkg.other.OTHER)
print("getattr:", getattr(hp_pkg, "other") is sys.modules["hp_pkg.other"])

print("-- from hp_pkg import mod as m2, other as o2, PKG_CONST as pc")
from hp_pkg import mod as m2, other as o2, PKG_CONST as pc
print(m2 is mod, o2 is hp_pkg.other, pc)

print("-- import hp_pkg.lazy as lz")
import hp_pkg.lazy as lz
print(lz.LAZY, hp_pkg.lazy is lz)

print("-- attribute in __init__ wins over same-named submodule for from-import")
from hp_pkg import shadow
print("from-import:", shadow)
print("hp_pkg.shadow in sys.modules:", "hp_pkg.shadow" in sys.modules)
import hp_pkg.shadow
print("after import hp_pkg.shadow:", type(hp_pkg.shadow).__name__, hp_pkg.shadow.WHAT)
print("old binding unchanged:", shadow)

print("-- package __init__ importing its own submodules")
import hp_selfimp
print(hp_selfimp.ALL_PARTS)
print(hp_selfimp.part_a.A_NAME, hp_selfimp.part_b.B_NAME, hp_selfimp.part_c.C_NAME)
print(sorted(n for n in sys.modules if n.startswith("hp_selfimp")))

print("-- function-level import binds a local")
def f():
    import hp_pkg.mod as local_mod
    from hp_pkg.sub import leaf as local_leaf
    return local_mod.value, local_leaf.LEAF, "local_mod" in locals()
print(f())
print("local_mod" in globals())

print("-- a module object")
print(type(hp_pkg).__name__, type(hp_pkg) is type(sys))
print("done")
