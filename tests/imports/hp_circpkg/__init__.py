print("hp_circpkg: init start")
from . import m1
print("hp_circpkg: init end")
