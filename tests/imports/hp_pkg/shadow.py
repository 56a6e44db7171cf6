print("hp_pkg.shadow: body (the submodule)")
WHAT = "shadow-submodule"
