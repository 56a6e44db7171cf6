print("hp_ns.part: body", __name__, __package__)
from . import other
from .inner.leaf import LEAF
PART = "part"
