# Ends with an uncaught ModuleNotFoundError for a missing submodule of a real package:
# stdout shows what ran, the last stderr line is the exception, the status is 1.
print("before")
import hp_pkg
print("hp_pkg imported")
import hp_pkg.does_not_exist
print("never printed")
