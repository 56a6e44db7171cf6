print("hp_star_noall_pkg: init")
from . import loaded
TOP = "top"
