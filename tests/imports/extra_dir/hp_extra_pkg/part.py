PART = "extra_dir/hp_extra_pkg/part"
