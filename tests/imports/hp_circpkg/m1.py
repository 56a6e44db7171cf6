print("hp_circpkg.m1: start")
M1 = "m1"
from . import m2
print("hp_circpkg.m1: end")
