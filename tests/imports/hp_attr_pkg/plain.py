print("hp_attr_pkg.plain: __name__ =", __name__, "__package__ =", __package__)
