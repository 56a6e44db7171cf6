import os
import sys


def base(p):
    return p.replace("\\", "/").rsplit("/", 1)[-1]


print("hp_runme: __name__ =", __name__)
print("hp_runme: __package__ =", repr(__package__))
print("hp_runme: __spec__.name =", __spec__.name if __spec__ is not None else None)
print("hp_runme: __file__ =", base(__file__))
if __name__ == "__main__":
    print("argv[0] =", base(sys.argv[0]), "| argv[1:] =", sys.argv[1:])
    print("sys.path[0] is the current directory:", sys.path[0] == os.getcwd())
    pp = [i for i, p in enumerate(sys.path) if p.replace("\\", "/").rstrip("/").endswith("tests/imports/pp")]
    print("PYTHONPATH entry at index:", pp)
    print("hp_runme in sys.modules:", "hp_runme" in sys.modules, "| __main__ is me:", sys.modules["__main__"].__dict__ is globals())
    import hp_pp_helper
    print("helper:", hp_pp_helper.HELP)
