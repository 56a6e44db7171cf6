print("hp_pkg.lazy: body")
LAZY = "lazy"
