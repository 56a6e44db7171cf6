import sys

def attempt(code):
    try:
        if code == "none":
            sys.exit()
        sys.exit(code)
    except SystemExit as e:
        print("caught SystemExit", repr(e.code), type(e).__name__)

attempt(0)
attempt(5)
attempt("bye")
attempt("none")
attempt(None)
try:
    raise SystemExit(7)
except SystemExit as e:
    print(e.code, e.args)
print(issubclass(SystemExit, BaseException), issubclass(SystemExit, Exception))
try:
    try:
        sys.exit(2)
    except Exception:
        print("not here")
except BaseException as e:
    print("BaseException handler got", type(e).__name__, e.code)
print("done")
