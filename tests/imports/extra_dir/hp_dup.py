WHERE = "extra_dir"
