print("hp_rel.later: body")
LATER = "hp_rel.later.LATER"
