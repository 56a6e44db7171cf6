# Circular imports: partially initialised modules, from-imports of names defined
# before / after the cycle, package-internal cycles.
import sys


def msg(e):
    """str(e) without the trailing ' (/path/...)' (paths vary)."""
    s = str(e)
    i = s.rfind(" (")
    if i >= 0 and s.endswith(")") and s[i + 2:i + 3] == "/":
        s = s[:i]
    return s


print("-- import cycle, names used after the cycle completes")
import hp_circ_a
print(hp_circ_a.a_func(), "|", hp_circ_a.hp_circ_b.b_func())
print("same module:", hp_circ_a.hp_circ_b.hp_circ_a is hp_circ_a)

print("-- from-import of a name defined before the cycle")
import hp_cyc_p
print("Q:", hp_cyc_p.Q)

print("-- attribute access on a partial module")
import hp_cyc_attr1
print("VALUE later:", hp_cyc_attr1.VALUE)

print("-- from-import of a name defined after the cycle")
try:
    import hp_cyc_x
except ImportError as e:
    print(type(e).__name__, "| name:", repr(e.name), "|", msg(e))
print("left in sys.modules:", [n for n in ("hp_cyc_x", "hp_cyc_y") if n in sys.modules])

print("-- cycle inside a package")
import hp_circpkg
print(hp_circpkg.m1.M1, hp_circpkg.m2.m1 is hp_circpkg.m1, hp_circpkg.m1.m2 is hp_circpkg.m2)
print("done")
