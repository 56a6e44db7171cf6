print("hp_rel: init")
TOP = "hp_rel.TOP"
