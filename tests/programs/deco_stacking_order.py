def tag(name):
    def deco(fn):
        print("decorating", fn.__name__, "with", name)
        def wrapper(*a):
            return f"<{name}>{fn(*a)}</{name}>"
        wrapper.__name__ = fn.__name__
        return wrapper
    return deco

@tag("b")
@tag("i")
@tag("u")
def text(s):
    return s

print(text("hi"))
def trace(fn):
    def w(*args, **kw):
        print("call", fn.__name__, args, sorted(kw.items()))
        r = fn(*args, **kw)
        print("ret", r)
        return r
    w.__name__ = fn.__name__
    return w
def double_result(fn):
    def w(*args, **kw):
        return 2 * fn(*args, **kw)
    w.__name__ = "doubled_" + fn.__name__
    return w
@trace
@double_result
def add(a, b=1):
    return a + b
add(3, b=4)
print(add.__name__)
@double_result
@trace
def mul(a, b):
    return a * b
print(mul(3, 5), mul.__name__)
