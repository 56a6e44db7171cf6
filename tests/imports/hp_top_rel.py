print("hp_top_rel: body", repr(__package__))
from . import sibling
