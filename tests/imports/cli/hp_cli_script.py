# Run as a script with PYTHONPATH set: sys.path[0] is this directory, PYTHONPATH follows.
import sys
import hp_pp_helper
import hp_cli_sibling
print("script: __name__ =", __name__, "| __package__ =", __package__)
print("script: sys.path[0] ends with:", sys.path[0].replace("\\", "/").rsplit("/", 1)[-1])
print("script:", hp_pp_helper.HELP, "|", hp_cli_sibling.SIB)
print("argv[0] =", sys.argv[0], "| argv[1:] =", sys.argv[1:])
try:
    import hp_pp2_mod
except ModuleNotFoundError as e:
    print("script:", type(e).__name__, e)
