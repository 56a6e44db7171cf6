# `__builtins__` in the main module is the builtins module.
import builtins

print(__builtins__.len("ab"), type(__builtins__).__name__, __builtins__ is builtins)
print(__builtins__.max(3, 9), __builtins__.__name__)
