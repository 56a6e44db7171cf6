class ParseError(Exception):
    pass
def parse(s):
    try:
        return int(s)
    except ValueError as e:
        raise ParseError(f"bad number {s!r}") from e
for s in ["12", "x1"]:
    try:
        print(parse(s))
    except ParseError as e:
        print("ParseError:", e)
        print("cause:", type(e.__cause__).__name__, e.__cause__)
try:
    try:
        {}["k"]
    except KeyError:
        raise RuntimeError("during handling")
except RuntimeError as e:
    print(type(e.__context__).__name__, repr(e.__context__))
try:
    try:
        1 / 0
    except ZeroDivisionError:
        raise ValueError("clean") from None
except ValueError as e:
    print(e.__cause__, e.__suppress_context__)
def reraise():
    try:
        [].pop()
    except IndexError as e:
        print("logging", e)
        raise
try:
    reraise()
except IndexError as e:
    print("outer caught", e)
