# Tracebacks printed by the traceback module underline the failing expression as
# CPython 3.11's do (instruction spans: binary operators, subscripts, calls, attributes,
# unpacking targets, del targets, assert tests); frames of C-implemented code are absent.
import traceback, sys


def report():
    # The script's path differs between checkouts: show its name only.
    print(traceback.format_exc().replace(__file__, "traceback_carets.py"), end="")


def f(x):
    return 1 / x
def g(d):
    return d["missing"] + 1
def h(o):
    return o.attr
def k():
    return [1][5]
for fn, arg in ((f, 0), (g, {}), (h, 3), (lambda a: k(), 0), (lambda a: f(a) + 2, 0)):
    try:
        y = fn(arg) * 2
    except Exception:
        report()
try:
    x = int("abc") + len([1, 2, 3])
except ValueError:
    report()
def deep(n):
    if n == 0:
        raise KeyError("deep")
    return deep(n - 1)
try:
    deep(2)
except KeyError:
    report()
try:
    total = sum([1, 2]) + undefined_name
except NameError:
    report()
try:
    value = {"a": [1, 2]}["a"][7]
except IndexError:
    report()
try:
    obj = None
    obj.method(1, 2)
except AttributeError:
    report()
try:
    s = "x" + 5
except TypeError:
    report()
try:
    raise ValueError("whole line")
except ValueError:
    report()
try:
    assert 1 == 2, "msg"
except AssertionError:
    report()
try:
    r = sorted([3, "a"])
except TypeError:
    report()
try:
    r = [int(c) for c in "12x"]
except ValueError:
    report()
try:
    a, b = [1, 2, 3]
except ValueError:
    report()
try:
    res = (1 +
           2 / 0)
except ZeroDivisionError:
    report()
def show(fn):
    try:
        fn()
    except Exception:
        report()
def f1():
    x = 1
    x += "a"
def f2():
    d = {}
    del d["k"]
def f3():
    return [1, 2][1:2][5]
def f4():
    return len(5) if True else 0
def f5():
    return 1 < "a" < 3
def f6():
    for i in iter(lambda: 1 / 0, 1):
        pass
def f7():
    with open("/nonexistent/file") as fh:
        pass
def f8():
    s = f"value {1 / 0}"
def f9():
    return max([], key=len)
def f10():
    lst = [1, 2]
    lst.index(7)
def f11():
    return dict(a=1)["b"]
def f12():
    x = None
    return x.y.z
def f13():
    return (lambda q: q["a"])({})
def f14():
    return -"a"
def f15():
    a = [1]
    a[3] = 2
def f16():
    class C:
        def m(self):
            return self.missing
    return C().m()
def f17():
    return int("1" + "x", base=10)
def f18():
    return {"a": 1}.get("a") + None
def f19():
    import os
    return os.path.join(None, "a")
def f20():
    import json
    return json.loads("{bad")
def f21():
    return sum(x for x in [1, "a"])
def f22():
    t = (1, 2)
    t[0] = 5
def f23():
    return "abc".encode("nope")
def f24():
    y = [1, 2, 3]
    return y[1:2:0]
for f in (f1, f2, f3, f4, f5, f6, f8, f9, f10, f11, f12, f13, f14, f15, f16, f17, f18, f19, f21, f22, f23, f24):
    show(f)
