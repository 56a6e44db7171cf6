# A class body reads a name it assigns later from the globals and builtins until it binds it
# (CPython's LOAD_NAME), as datetime's `class date: ... min = ...` and `x = x + 1` rely on.
x = 1
hexversion = 5


class A:
    x = x + 1
    hexversion = hexversion
    y = len
    len = 3
    z = len

    def f(self):
        return x


print(A.x, A.hexversion, A.y, A.z, A().f(), x)


def outer():
    v = "enclosing"

    class B:
        w = v
        v = "own"
    return B


try:
    outer()
except NameError as e:
    # The body assigns `v`, so `v` is the class's own name: globals, not the function's.
    print("NameError:", e)


class C:
    try:
        print(undefined_name)
    except NameError as e:
        print("NameError:", e)
    for i in range(2):
        total = i if i == 0 else total + i
    del i


print(C.total, hasattr(C, "i"))


class D:
    print(zz)
