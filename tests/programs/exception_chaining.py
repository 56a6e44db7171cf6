# Implicit chaining (__context__), explicit chaining (__cause__) and what each shows.
def describe(e):
    parts = [type(e).__name__]
    c = e.__context__
    while c is not None:
        parts.append(type(c).__name__)
        c = c.__context__
    return " <- ".join(parts)


try:
    try:
        {}["missing"]
    except KeyError:
        1 / 0
except ZeroDivisionError as e:
    print(describe(e), e.__cause__, e.__suppress_context__)


def helper():
    raise ValueError("from helper")


try:
    try:
        [][1]
    except IndexError:
        helper()
except ValueError as e:
    print(describe(e), repr(e.__context__))

try:
    try:
        raise KeyError("a")
    except KeyError as a:
        try:
            raise TypeError("b")
        except TypeError:
            raise RuntimeError("c")
except RuntimeError as e:
    print(describe(e))

try:
    try:
        int("x")
    except ValueError as e:
        raise LookupError("explicit") from e
except LookupError as e:
    print(repr(e.__cause__), describe(e), e.__suppress_context__)

try:
    try:
        int("y")
    except ValueError:
        raise LookupError("hidden") from None
except LookupError as e:
    print(e.__cause__, describe(e), e.__suppress_context__)

# Re-raising the handled exception does not chain it to itself.
try:
    try:
        raise OSError("same")
    except OSError:
        raise
except OSError as e:
    print(describe(e))

# A finally block that raises while an exception is in flight.
try:
    try:
        raise KeyError("first")
    finally:
        raise ValueError("in finally")
except ValueError as e:
    print(describe(e))


# __exit__ raising while handling.
class Manager:
    def __enter__(self):
        return self

    def __exit__(self, *info):
        raise RuntimeError("exit failed")


try:
    with Manager():
        raise ArithmeticError("body")
except RuntimeError as e:
    print(describe(e))

# Handled completely: no context afterwards.
try:
    raise KeyError("done")
except KeyError:
    pass
try:
    raise ValueError("fresh")
except ValueError as e:
    print(describe(e))


# Inside a function's handler, and in a generator.
def in_function():
    try:
        return {}["k"]
    except KeyError:
        return int("bad")


try:
    in_function()
except ValueError as e:
    print(describe(e))


def gen():
    try:
        yield 1
        raise KeyError("in gen")
    except KeyError:
        yield 2
        raise TypeError("after yield")


g = gen()
print(next(g), next(g))
try:
    next(g)
except TypeError as e:
    print(describe(e))

# A cycle attempt: re-raise an outer exception from inside an inner handler.
try:
    try:
        raise KeyError("outer")
    except KeyError as outer:
        try:
            raise TypeError("inner")
        except TypeError:
            raise outer
except KeyError as e:
    ctx = e.__context__
    print(type(ctx).__name__, ctx.__context__)

# The uncaught one shows both tracebacks.
try:
    1 / 0
except ZeroDivisionError:
    raise SystemError("while dividing")
