print("hp_err.mod: body")
present = "present"
