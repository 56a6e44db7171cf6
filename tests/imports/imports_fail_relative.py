# Ends with an uncaught ImportError: a relative import in a script run directly.
print("before")
from .hp_pkg import mod
print("never printed")
