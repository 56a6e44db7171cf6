import sys
from .helper import H
from . import helper

print("tool: __name__ =", __name__)
print("tool: __package__ =", repr(__package__))
print("tool: __spec__.name =", __spec__.name)
print("argv[0] =", sys.argv[0].replace("\\", "/").rsplit("/", 1)[-1], "| argv[1:] =", sys.argv[1:])
print("relative import:", H, helper.H)
print("hp_clipkg.tool in sys.modules:", "hp_clipkg.tool" in sys.modules)
print("hp_clipkg has attribute tool:", hasattr(sys.modules["hp_clipkg"], "tool"))
if __name__ == "__main__":
    print("tool: main guard ran")
