# dir() and vars() of the modules hotpy implements natively (math, random, time, sys,
# errno) list their attributes as CPython's do.
import errno
import math
import random
import time

public = lambda names: sorted(n for n in names if not n.startswith("_"))
print(public(dir(math)))
print(public(vars(math)) == public(dir(math)), vars(math)["pi"], vars(math)["sqrt"](16))
print(public(dir(random)))
print("Random" in vars(random), vars(random)["choice"] is random.choice)
print([n for n in ("time", "sleep", "perf_counter", "monotonic", "strftime", "localtime")
       if n in dir(time)])
print("ENOENT" in dir(errno), vars(errno)["ENOENT"] == errno.ENOENT)
ns = {}
exec("from math import *", ns)
print(sorted(k for k in ns if not k.startswith("_")) == public(dir(math)))
try:
    vars(math)["no_such_name"]
except KeyError as e:
    print("KeyError", e)
print(vars(math).get("tau") == math.tau, "nope" in vars(math))
