WHERE = "extra_dir2"
