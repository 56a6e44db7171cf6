ONE = "one from ns_a"
