print("hp_pkg.other: body")
OTHER = "other"
