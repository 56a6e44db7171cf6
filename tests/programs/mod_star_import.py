# `from module import *`: public names, or the module's __all__.
from helper_star import *
from helper_star_all import *
from math import *

print(shout(GREETING), Box(3).v)
print(exported, _also_exported)
try:
    print(not_exported)
except NameError as e:
    print("NameError:", e)
try:
    print(_secret)
except NameError as e:
    print("NameError:", e)
print(floor(2.5), sqrt(16.0), round(pi, 3))
try:
    exec("def f():\n    from math import *\n")
except SyntaxError as e:
    print("SyntaxError:", e.msg)
