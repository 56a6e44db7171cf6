print("hp_selfimp.part_b: body")
B_NAME = "part-b"
