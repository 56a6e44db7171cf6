print("hp_pkg.mod: body")
value = 42


def double(x):
    return x * 2
