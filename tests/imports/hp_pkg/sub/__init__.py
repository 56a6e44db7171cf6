print("hp_pkg.sub: init")
SUB_CONST = "sub-const"
