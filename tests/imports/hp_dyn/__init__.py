print("hp_dyn: init")
INIT_ATTR = "hp_dyn.INIT_ATTR"
