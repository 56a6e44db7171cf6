"""Docstring of hp_attr_mod."""
print("hp_attr_mod: __name__ =", __name__)
if __name__ == "__main__":
    print("hp_attr_mod: running as main (should not happen when imported)")
else:
    print("hp_attr_mod: imported, not main")
X = 1


def get_x():
    return X


def my_globals():
    return globals()
