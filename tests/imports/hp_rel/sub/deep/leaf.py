print("hp_rel.sub.deep.leaf: body")
from ... import TOP as DEEP_TOP          # three dots: hp_rel
from ...sub import SUB
from ..sibling import SIB
DEEP = "hp_rel.sub.deep.leaf.DEEP"
