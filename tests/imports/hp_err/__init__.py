print("hp_err: init")
