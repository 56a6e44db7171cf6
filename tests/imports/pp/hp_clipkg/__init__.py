print("hp_clipkg: init")
