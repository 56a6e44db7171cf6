import sys
print("hp_circpkg.m2: start")
pkg = sys.modules["hp_circpkg"]
print("hp_circpkg.m2: m1 attribute on package yet?", hasattr(pkg, "m1"))
# m1 is in sys.modules but not yet an attribute of the package: these still work
from . import m1
import hp_circpkg.m1 as m1_alias
print("hp_circpkg.m2: m1.M1 =", m1.M1, "| alias same:", m1_alias is m1)
try:
    from .m1 import NOT_YET
except ImportError as e:
    s = str(e)
    print("hp_circpkg.m2:", type(e).__name__, "|", s[:s.rfind(" (")])
print("hp_circpkg.m2: end")
