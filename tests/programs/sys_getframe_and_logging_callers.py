# sys._getframe: frames with f_code, f_lineno, f_globals and f_back; logging finds its caller.
import sys, logging
def who():
    f = sys._getframe(1)
    return f.f_code.co_name, f.f_lineno, f.f_globals["__name__"], f.f_back is not None
def caller():
    return who()
print(caller())
print(sys._getframe().f_code.co_name, sys._getframe(0).f_lineno)
try:
    sys._getframe(1000)
except ValueError as e:
    print(e)
logging.basicConfig(stream=sys.stdout, format="%(funcName)s:%(lineno)d:%(module)s:%(filename)s %(message)s", level=logging.INFO)
def work():
    logging.info("hello %s", 1)
work()
logging.warning("top")

