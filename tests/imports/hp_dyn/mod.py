print("hp_dyn.mod: body")
M = "hp_dyn.mod.M"
