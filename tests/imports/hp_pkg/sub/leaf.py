print("hp_pkg.sub.leaf: body")
LEAF = "leaf-value"


def describe():
    return "leaf in " + __name__
