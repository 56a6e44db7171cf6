def msg(f):
    try:
        f()
    except Exception as e:
        return f"{type(e).__name__}: {e}"
print(msg(lambda: 1 / 0))
print(msg(lambda: 1 % 0))
print(msg(lambda: [1][5]))
print(msg(lambda: {"a": 1}["b"]))
print(msg(lambda: int("12x")))
print(msg(lambda: float("nope")))
print(msg(lambda: "abc".index("z")))
print(msg(lambda: [].pop()))
print(msg(lambda: (1, 2)[3]))
print(msg(lambda: "s"[9]))
print(msg(lambda: 1 + "a"))
nothing = None
print(msg(lambda: nothing()))
print(msg(lambda: nothing_here))
print(msg(lambda: [].remove(1)))
print(msg(lambda: {}.popitem()))
