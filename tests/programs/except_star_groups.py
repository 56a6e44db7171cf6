def T(t):
    print("eval", t.__name__)
    return t
def show(f):
    try:
        f()
        print("no exception")
    except BaseException as e:
        print("out:", type(e).__name__, repr(e), "ctx:", repr(e.__context__), "cause:", repr(e.__cause__))
def a():
    try:
        raise ValueError(1)
    except* T(ValueError) as e:
        print("a got", repr(e), repr(e.exceptions[0]), e.__traceback__ is not None)
    except* T(TypeError):
        print("no")
show(a)
def b():
    try:
        raise ValueError(1)
    except* ValueError:
        raise
show(b)
def c():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2), KeyError(3)])
    except* ValueError:
        print("c1")
    except* TypeError:
        raise
show(c)
def d():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise RuntimeError("new")
show(d)
def e_():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise RuntimeError("new")
    except* TypeError as e:
        raise
show(e_)
def f():
    try:
        raise ValueError(1)
    except* ValueError:
        raise RuntimeError("x")
show(f)
def g():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ExceptionGroup:
        pass
show(g)
def h():
    try:
        raise ValueError(1)
    except* (TypeError, int):
        pass
show(h)
def i():
    try:
        pass
    except* ValueError:
        pass
    else:
        print("else ran")
    finally:
        print("finally ran")
show(i)
def j():
    try:
        raise ExceptionGroup("g", [ValueError(1), ExceptionGroup("inner", [TypeError(2), ValueError(3)])])
    except* ValueError as e:
        print("j", repr(e))
        import sys; print("exc_info", repr(sys.exc_info()[1]))
show(j)
def k():
    try:
        raise KeyboardInterrupt
    except* KeyboardInterrupt as e:
        print("k", repr(e))
        raise
show(k)
def l():
    try:
        raise ValueError(1)
    except* ValueError as e:
        pass
    print("l e bound?", 'e' in locals())
show(l)
def m():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError as e:
        raise e
show(m)
def n():
    try:
        raise ValueError(1)
    except* T(TypeError):
        pass
    except* T(KeyError):
        pass
show(n)
def o():
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        pass
    except* T(KeyError):
        pass
show(o)
def p():
    try:
        raise ExceptionGroup("g", [ValueError(1), TypeError(2)])
    except* ValueError:
        raise KeyError("a")
    except* TypeError:
        raise KeyError("b")
show(p)

# Compile-time rules.
for src in [
    "try:\n    pass\nexcept* ValueError:\n    return\n",
    "for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        break\n",
    "for i in range(3):\n    try:\n        pass\n    except* ValueError:\n        continue\n",
    "try:\n    pass\nexcept* ValueError:\n    for i in range(3):\n        break\n",
    "try:\n    pass\nexcept* ValueError:\n    def f():\n        return 1\n",
]:
    try:
        compile(src, "<star>", "exec")
        print("compiles")
    except SyntaxError as e:
        print("SyntaxError:", e.msg, e.lineno)

# In a generator, a loop and a class body; nested except* statements.
def gen():
    for i in range(3):
        try:
            raise ExceptionGroup("g", [ValueError(i), TypeError(i)])
        except* ValueError as e:
            yield ("v", [x.args[0] for x in e.exceptions])
        except* TypeError as e:
            yield ("t", [x.args[0] for x in e.exceptions])
print(list(gen()))

class C:
    try:
        raise ExceptionGroup("c", [KeyError("k")])
    except* KeyError as caught:
        kind = type(caught).__name__
print(C.kind, hasattr(C, "caught"))

def nested():
    try:
        try:
            raise ExceptionGroup("outer", [ValueError(1), OSError(2), TypeError(3)])
        except* ValueError:
            print("inner handled ValueError")
        except* OSError as e:
            raise RuntimeError("from OSError") from e.exceptions[0]
    except* RuntimeError as e:
        r = e.exceptions[0]
        print("outer got", repr(r), repr(r.__cause__))
    except* TypeError as e:
        print("outer TypeError", repr(e))
show(nested)

# Exceptions raised while matching.
def bad_type():
    try:
        raise ValueError("x")
    except* 42:
        pass
show(bad_type)

# finally runs after re-raising; else only without an exception.
def with_finally():
    try:
        raise ExceptionGroup("g", [ValueError(1), KeyError(2)])
    except* ValueError:
        print("handled ValueError")
    else:
        print("not here")
    finally:
        print("finally")
show(with_finally)

# sys.exc_info inside a clause and after it.
import sys
def exc_info_inside():
    try:
        raise ExceptionGroup("e", [ValueError(1)])
    except* ValueError:
        print("inside", repr(sys.exc_info()[1]))
    print("after", sys.exc_info())
show(exc_info_inside)

# Notes on exceptions.
e = ValueError("with notes")
e.add_note("first")
e.add_note("second")
print(e.__notes__)
for bad in [lambda: e.add_note(3), lambda: e.add_note()]:
    try:
        bad()
    except TypeError as t:
        print("TypeError:", t)

# One new exception and nothing re-raised: raised as it is, not in a group.
try:
    try:
        raise ExceptionGroup("g", [ValueError(1)])
    except* ValueError:
        1 / 0
except ZeroDivisionError as z:
    print("alone", type(z).__name__, type(z.__context__).__name__)
except ExceptionGroup as e:
    print("grouped", e.exceptions)

# except* in a generator with finally, in a loop with an inner try.
def g():
    try:
        yield 1
        raise ExceptionGroup("x", [KeyError(1)])
    except* KeyError:
        yield 2
    finally:
        yield 3
print(list(g()))

def loop():
    for i in range(2):
        try:
            raise ExceptionGroup("x", [KeyError(i)])
        except* KeyError as e:
            print(i, e.exceptions)
            try:
                raise TypeError("inner")
            except TypeError:
                pass
loop()
