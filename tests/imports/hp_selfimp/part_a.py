print("hp_selfimp.part_a: body")
A_NAME = "part-a"
