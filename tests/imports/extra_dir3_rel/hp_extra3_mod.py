WHERE = "extra_dir3_rel via relative sys.path entry"
