print("hp_star_pkg.sub_a: body")
A = "sub_a.A"
