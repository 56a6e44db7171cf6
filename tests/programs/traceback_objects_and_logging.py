# Exceptions carry traceback objects (__traceback__, sys.exc_info()[2]) that the traceback
# and logging modules read; ExceptionGroup; string.Formatter under logging's formats.
import logging
import sys
import traceback
import types


def f():
    raise ValueError("v")


def g():
    f()


print(types.CodeType, types.TracebackType, types.FrameType)
try:
    g()
except ValueError as e:
    tb = e.__traceback__
    print(type(tb).__name__, tb.tb_lineno, tb.tb_frame.f_code.co_name)
    print(tb.tb_next.tb_frame.f_code.co_name, tb.tb_next.tb_next.tb_lineno, tb.tb_next.tb_next.tb_next)
    print(sys.exc_info()[2].tb_lineno, sys.exc_info()[0].__name__)
    text = traceback.format_exc()
    print(text.splitlines()[0], "|", text.splitlines()[-1])
    print([(s.name, s.lineno) for s in traceback.extract_tb(tb)])
    # (The file's path depends on where the test runs: from "line" on.)
    print(traceback.format_tb(tb)[0].splitlines()[0].split(", ", 1)[1])
    print(traceback.format_exception_only(type(e), e))
print(ValueError().__traceback__)


def reraise():
    try:
        g()
    except ValueError as e:
        raise KeyError("k") from e


try:
    reraise()
except KeyError as e:
    print([s.name for s in traceback.extract_tb(e.__traceback__)], type(e.__cause__).__name__)
    lines = traceback.format_exception(type(e), e, e.__traceback__)
    print(lines[0].strip(), "|", lines[-1].strip())
    print(any("direct cause" in line for line in lines))

logging.basicConfig(stream=sys.stderr, format="%(levelname)s:%(name)s:%(message)s")
try:
    1 / 0
except ZeroDivisionError:
    logging.exception("failed %d", 3)
log = logging.getLogger("app")
log.warning("warn %s", "x")
log.info("not shown")
log.setLevel(logging.DEBUG)
handler = logging.StreamHandler(sys.stdout)
handler.setFormatter(logging.Formatter("[{name}] {levelname} {message}", style="{"))
log.addHandler(handler)
log.propagate = False
log.debug("debug %r", [1])
log.error("error with args %s %s", 1, {"a": 2})
child = logging.getLogger("app.child")
child.critical("from the child")
print(log.isEnabledFor(logging.DEBUG), child.getEffectiveLevel(), logging.getLevelName(30))

# Exception groups.
eg = ExceptionGroup("many", [ValueError(1), TypeError(2), ValueError(3)])
print(type(eg).__name__, str(eg), repr(eg), eg.message, len(eg.exceptions))
match, rest = eg.split(ValueError)
print(match.exceptions, rest.exceptions)
print(eg.subgroup(lambda e: isinstance(e, TypeError)).exceptions, eg.subgroup(OSError))
beg = BaseExceptionGroup("base", [KeyboardInterrupt()])
print(type(beg).__name__, type(BaseExceptionGroup("x", [ValueError()])).__name__)
print(isinstance(eg, Exception), isinstance(beg, Exception), issubclass(ExceptionGroup, BaseExceptionGroup))
for bad in [("m", []), ("m", [1]), (1, [ValueError()])]:
    try:
        ExceptionGroup(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    ExceptionGroup("m", [KeyboardInterrupt()])
except TypeError as e:
    print(e)
try:
    raise ExceptionGroup("raised", [OSError("o")])
except ExceptionGroup as e:
    print("caught", e, e.exceptions[0])
