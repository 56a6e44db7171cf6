print("hp_rel.sub.sibling: body")
SIB = "hp_rel.sub.sibling.SIB"
