print("hp_selfimp: init start")
print("hp_selfimp: part_b bound before?", "part_b" in globals())
from . import part_a
from .part_b import B_NAME
# importing a submodule sets it as an attribute of the package, i.e. a global here
print("hp_selfimp: part_b bound after from .part_b import?", "part_b" in globals())
import hp_selfimp.part_c
print("hp_selfimp: init end", part_a.A_NAME, B_NAME, hp_selfimp.part_c.C_NAME)
ALL_PARTS = [part_a.A_NAME, B_NAME, part_c.C_NAME]
