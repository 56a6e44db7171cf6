HELPER = "hp_pkg_main.helper.HELPER"
