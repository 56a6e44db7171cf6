"""Helper module whose `__all__` limits `from helper_star_all import *`."""
__all__ = ["exported", "_also_exported"]

exported = 1
not_exported = 2
_also_exported = 3

if __name__ == "__main__":
    print(__all__)
