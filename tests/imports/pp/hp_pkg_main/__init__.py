print("hp_pkg_main: init, __name__ =", __name__)
