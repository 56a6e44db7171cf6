# issubclass with the builtin types, builtin subclasses, tuples and its TypeErrors.
print(issubclass(bool, int), issubclass(int, object), issubclass(type, object), issubclass(int, (str, int)))
class D(dict): pass
print(issubclass(D, dict), issubclass(dict, D), issubclass(D, object))
try: issubclass(3, int)
except TypeError as e: print(e)
try: issubclass(D, 3)
except TypeError as e: print(e)
