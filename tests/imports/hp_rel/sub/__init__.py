print("hp_rel.sub: init")
from .sibling import SIB as SIB_FROM_INIT
from . import sibling
SUB = "hp_rel.sub.SUB"
