# sys.excepthook: the default one, one that fails (CPython's 'Error in sys.excepthook' report).
import sys
try:
    sys.__excepthook__(int, 2, None)
except TypeError as e:
    print("TypeError:", e)
try:
    raise KeyError("k")
except KeyError as e:
    sys.excepthook(type(e), e, e.__traceback__)
def bad_hook(t, v, tb):
    raise RuntimeError("hook failed")
sys.excepthook = bad_hook
print("before")
raise ValueError("original")
