print("hp_selfimp.part_c: body")
C_NAME = "part-c"
