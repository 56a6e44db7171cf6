# A module may replace its own sys.modules entry; `import` returns the replacement.
import sys


class Replacement:
    name = "replacement object"


print("hp_replaces_self: body")
sys.modules[__name__] = Replacement()
