# An uncaught exception group: CPython's tree report (compared: its last line, the status).
import sys

def fail(n):
    raise ValueError(f"bad {n}")

def collect():
    errors = []
    for i in range(3):
        try:
            fail(i)
        except ValueError as e:
            e.add_note(f"while handling item {i}")
            errors.append(e)
    inner = ExceptionGroup("inner", [KeyError("k"), TypeError("t")])
    errors.append(inner)
    return errors

try:
    raise ExceptionGroup("batch", collect())
except* KeyError as e:
    print("caught keys", repr(e))
    print(len(e.exceptions), type(e.exceptions[0]).__name__)
except* TypeError as e:
    print("caught types", e.exceptions)
    raise
