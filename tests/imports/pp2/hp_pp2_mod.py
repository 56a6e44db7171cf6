print("hp_pp2_mod: imported from pp2")
