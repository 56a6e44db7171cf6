print("hp_extra_mod: body, from extra_dir")
WHERE = "extra_dir"
