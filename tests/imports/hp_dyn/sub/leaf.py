print("hp_dyn.sub.leaf: body")
LEAF = "hp_dyn.sub.leaf.LEAF"
