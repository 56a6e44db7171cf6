# contextlib: @contextmanager (values, exceptions thrown in, suppressed or re-raised,
# generator that does not yield/stop, used as a decorator), closing, suppress,
# redirect_stdout/stderr, nullcontext, ExitStack (order, callbacks, suppression, chaining).
import io
import sys
from contextlib import (contextmanager, closing, suppress, redirect_stdout, redirect_stderr,
                        nullcontext, ExitStack, AbstractContextManager, ContextDecorator)


@contextmanager
def tag(name):
    print("<%s>" % name)
    try:
        yield name.upper()
    except KeyError as e:
        print("handled", repr(e))
    finally:
        print("</%s>" % name)


with tag("a") as t:
    print("inside", t)
with tag("b"):
    raise KeyError("k")
try:
    with tag("c"):
        raise ValueError("v")
except ValueError as e:
    print("propagated", e)


@contextmanager
def no_yield():
    if False:
        yield


@contextmanager
def two_yields():
    yield 1
    yield 2


for cm in (no_yield, two_yields):
    try:
        with cm():
            pass
    except RuntimeError as e:
        print("RuntimeError", e)


@contextmanager
def swallow():
    try:
        yield
    except Exception:
        pass


with swallow():
    raise ZeroDivisionError
print("after swallow")


@tag("deco")
def decorated(x):
    print("body", x)
    return x * 2


print(decorated(21))


class Resource:
    def close(self):
        print("closed")


with closing(Resource()) as r:
    print(type(r).__name__)

with suppress(KeyError, IndexError):
    [][1]
print("suppressed")
try:
    with suppress(KeyError):
        1 / 0
except ZeroDivisionError:
    print("not suppressed")

buf = io.StringIO()
with redirect_stdout(buf):
    print("hidden")
    help_text = "x"
print(repr(buf.getvalue()))
err = io.StringIO()
with redirect_stderr(err):
    sys.stderr.write("oops\n")
print(repr(err.getvalue()))
with nullcontext(5) as n:
    print(n)

with ExitStack() as stack:
    for i in range(3):
        stack.callback(print, "callback", i)
    stack.enter_context(tag("stacked"))
    print("in stack")


class Suppressor:
    def __enter__(self):
        return self

    def __exit__(self, *exc):
        print("suppressor sees", exc[0].__name__ if exc[0] else None)
        return True


with ExitStack() as stack:
    stack.enter_context(Suppressor())
    raise ValueError("gone")
print("after suppressing stack")


def failing_exit(*exc):
    raise KeyError("from exit")


try:
    with ExitStack() as stack:
        stack.push(failing_exit)
        raise ValueError("body")
except KeyError as e:
    print("KeyError", e, "context:", repr(e.__context__))

with ExitStack() as outer:
    inner = ExitStack()
    inner.callback(print, "moved")
    outer.push(inner.pop_all())
    print("before close")
try:
    with ExitStack() as s:
        s.enter_context(42)
except TypeError as e:
    print("TypeError", e)
print(isinstance(nullcontext(), AbstractContextManager), issubclass(Suppressor, AbstractContextManager))


class Announce(ContextDecorator):
    def __enter__(self):
        print("enter")

    def __exit__(self, *exc):
        print("exit")


@Announce()
def f():
    print("f runs")


f()
