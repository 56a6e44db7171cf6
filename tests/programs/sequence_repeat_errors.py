for e in ["[] * 'x'", "'a' * 'b'", "(1,) * 1.5", "'x' * []", "[1] * None"]:
    try:
        eval(e)
    except TypeError as err:
        print(err)
