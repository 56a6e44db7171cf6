class ConfigError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ConfigError(f"bad number {s!r}") from e
for s in ["12", "x1", "7"]:
    try:
        print("parsed", parse(s))
    except ConfigError as e:
        print("ConfigError:", e)
def process():
    try:
        1 / 0
    except ZeroDivisionError:
        print("logging and re-raising")
        raise
try:
    process()
except ZeroDivisionError as e:
    print("outer got", e)
def convert(e_type):
    try:
        raise e_type("original")
    except LookupError as e:
        raise RuntimeError("lookup problem: " + str(e)) from None
for t in [KeyError, IndexError]:
    try:
        convert(t)
    except RuntimeError as e:
        print(e)
try:
    try:
        raise ValueError("v")
    except ValueError as e:
        err = e
    raise err
except ValueError as e2:
    print("re-raised stored", e2, e2 is err)
