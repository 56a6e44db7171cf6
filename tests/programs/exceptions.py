def risky(x):
    if x == 0:
        raise ValueError("zero!")
    return 10 / x


for v in [2, 0, "s"]:
    try:
        print(risky(v))
    except ValueError as e:
        print("value error:", e)
    except TypeError:
        print("type error")
    else:
        print("no error")

try:
    [][1]
except (KeyError, IndexError) as e:
    print("lookup", e, repr(e))

try:
    try:
        1 / 0
    except ValueError:
        print("not here")
except ZeroDivisionError as z:
    print("outer caught", z)

def reraiser():
    try:
        undefined_thing
    except NameError:
        print("handling")
        raise

try:
    reraiser()
except Exception as e:
    print(type(e) if False else "caught", e)

try:
    raise KeyError
except LookupError as e:
    print("keyerror", repr(e))

e = RuntimeError("boom")
print(e, repr(e), ValueError)
raise e
