print("hp_rel.sub.deep: init")
