def f(x):
    try:
        if x == 0:
            return "zero"
        if x == 1:
            raise ValueError("one")
        print("body", x)
    finally:
        print("finally", x)
    return "end"

print(f(0))
try:
    f(1)
except ValueError as e:
    print("caught", e)
print(f(2))

for i in range(4):
    try:
        if i == 1:
            continue
        if i == 3:
            break
        print("loop", i)
    finally:
        print("cleanup", i)

def nested():
    try:
        try:
            raise KeyError("k")
        except KeyError:
            print("inner except")
            raise TypeError("t")
        finally:
            print("inner finally")
    except TypeError as e:
        print("outer", e)
    finally:
        print("outer finally")
nested()

def finally_overrides():
    try:
        return 1
    finally:
        print("in finally")
print(finally_overrides())

class Ctx:
    def __init__(self, name, suppress=False):
        self.name = name
        self.suppress = suppress
    def __enter__(self):
        print("enter", self.name)
        return self.name.upper()
    def __exit__(self, kind, value, tb):
        print("exit", self.name, kind.__name__ if kind is not None else None, value)
        return self.suppress

with Ctx("a") as v:
    print("inside", v)

with Ctx("b", True):
    raise ValueError("swallowed")
print("after b")

try:
    with Ctx("c"):
        raise ValueError("propagates")
except ValueError as e:
    print("caught", e)

def ret_in_with():
    with Ctx("d") as v, Ctx("e") as w:
        return v + w
print(ret_in_with())

for i in range(3):
    with Ctx("loop%d" % i):
        if i == 1:
            continue
        print("body", i)

def fin_raise():
    try:
        return 1
    finally:
        raise RuntimeError("from finally")
try:
    fin_raise()
except RuntimeError as e:
    print("got", e)

try:
    with 5:
        pass
except TypeError as e:
    print(e)

def deep(n):
    try:
        if n > 0:
            return deep(n - 1) + 1
        return 0
    finally:
        pass
print(deep(50))
try:
    try:
        1 / 0
    finally:
        print("fin before propagate")
except ZeroDivisionError as e:
    print("zde", e)
