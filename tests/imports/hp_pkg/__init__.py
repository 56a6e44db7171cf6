print("hp_pkg: init")
PKG_CONST = "pkg-const"
shadow = "shadow-attr-from-init"
