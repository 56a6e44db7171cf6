# Relative imports: from . import x, from .m import y, from ..m import y,
# from .. import z, three-dot imports, relative imports in __init__ and in functions.
import sys

print("-- import hp_rel.sub.user")
import hp_rel.sub.user as user
for r in user.RESULTS:
    print(" ", r)
print("lazy:", user.lazy())
print("import a.b.c as x binds only x:", "hp_rel" in globals(), "user" in globals())
import hp_rel
print("sub.SIB_FROM_INIT:", hp_rel.sub.SIB_FROM_INIT)
print("sub.sibling is user.sibling:", hp_rel.sub.sibling is user.sibling)
print("deep leaf SUB/SIB:", hp_rel.sub.deep.leaf.SUB, hp_rel.sub.deep.leaf.SIB)
print("hp_rel.later attribute:", hp_rel.later.LATER)
print(sorted(n for n in sys.modules if n.startswith("hp_rel")))
print("done")
