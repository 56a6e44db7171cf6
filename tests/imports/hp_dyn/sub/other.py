print("hp_dyn.sub.other: body")
