print("hp_attr_pkg: init __name__ =", __name__, "__package__ =", __package__)
