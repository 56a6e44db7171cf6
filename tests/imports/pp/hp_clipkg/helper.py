print("hp_clipkg.helper: body")
H = "hp_clipkg.helper.H"
