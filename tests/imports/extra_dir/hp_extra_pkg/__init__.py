print("hp_extra_pkg: init, from extra_dir")
