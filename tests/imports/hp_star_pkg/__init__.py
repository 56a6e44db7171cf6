print("hp_star_pkg: init")
__all__ = ["pub", "CONST", "sub_a", "_exported_private"]
CONST = 1
_exported_private = "underscore but listed"
_hidden = "hidden"
not_listed = "not listed"


def pub():
    return "pub"
