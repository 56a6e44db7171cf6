import sys
from . import helper
from .helper import HELPER

print("__main__.py: __name__ =", __name__)
print("__main__.py: __package__ =", repr(__package__))
print("__main__.py: __spec__.name =", __spec__.name)
print("__main__.py: __file__ =", __file__.replace("\\", "/").rsplit("/", 2)[-2:])
print("argv[0] =", sys.argv[0].replace("\\", "/").rsplit("/", 2)[-2:], "| argv[1:] =", sys.argv[1:])
print("relative import:", helper.HELPER, HELPER)
print("in sys.modules:", sorted(n for n in sys.modules if n.startswith("hp_pkg_main")))
