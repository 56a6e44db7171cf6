print("hp_dyn.sub: init")
