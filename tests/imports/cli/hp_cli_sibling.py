SIB = "hp_cli_sibling next to the script"
