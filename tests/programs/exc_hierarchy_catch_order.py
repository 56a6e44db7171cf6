class AppError(Exception):
    code = 1
class NetError(AppError):
    code = 10
class TimeoutErr(NetError):
    code = 11
class DataError(AppError):
    code = 20
def fail(kind):
    raise {"timeout": TimeoutErr, "net": NetError, "data": DataError, "app": AppError, "key": KeyError}[kind](kind + " failed")
for kind in ["timeout", "net", "data", "app", "key"]:
    try:
        fail(kind)
    except TimeoutErr as e:
        print("timeout handler", e, e.code)
    except NetError as e:
        print("net handler", e, e.code)
    except (DataError, KeyError) as e:
        print("data/key handler", type(e).__name__, e)
    except AppError as e:
        print("app handler", e, e.code)
print(issubclass(TimeoutErr, AppError), isinstance(TimeoutErr("x"), NetError))
print([c.__name__ for c in [TimeoutErr, NetError, AppError]])
try:
    raise TimeoutErr("a", "b", 3)
except AppError as e:
    print(e.args, str(e), repr(e))
