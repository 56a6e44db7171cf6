HELP = "hp_pp_helper from pp"
