print("hp_star_pkg.sub_b: body (not in __all__, must not be imported)")
