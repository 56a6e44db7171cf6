# sys._getframe frames carry their real code objects, so inspect.stack(), getframeinfo and
# logging's caller lookup work; f_back chains and line numbers.
import sys, inspect, logging, types


def f():
    frame = sys._getframe()
    print(frame.f_code is f.__code__, isinstance(frame.f_code, types.CodeType))
    print(frame.f_code.co_name, inspect.currentframe().f_code.co_name)
    print(sys._getframe(1).f_code.co_name, frame.f_back.f_code.co_name)
    # hotpy's frames are snapshots: f_lineno is the line _getframe was called on.
    print([fi.function for fi in inspect.stack()][:2], sys._getframe().f_lineno)
    info = inspect.getframeinfo(sys._getframe())
    print(info.function, info.lineno, info.filename.endswith("frames_getframe_code_objects.py"))


f()
logging.basicConfig(format="%(funcName)s %(lineno)d %(module)s %(message)s",
                    level=logging.INFO, stream=sys.stdout)


def g():
    logging.info("hi")


g()


def outer():
    def inner():
        return [sys._getframe(i).f_code.co_name for i in range(3)]
    return inner()


print(outer())
try:
    sys._getframe(1000)
except ValueError as e:
    print("ValueError", e)
