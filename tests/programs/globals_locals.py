# globals() and locals(): the names bound so far, as dicts.
counter = 10
name = "module"


def show(a, b=2, *rest, **kw):
    c = a + b
    inner = [x for x in range(3)]
    before = sorted(locals())
    d = "late"
    return before, sorted(locals().items(), key=lambda kv: kv[0])


print(show(1))
print(show(1, 3, 4, 5, k=6)[1])


def closure():
    captured = "cell"

    def use():
        return captured

    return sorted(locals()), use()


print(closure())

g = globals()
print(g["counter"], g["name"], "show" in g, "missing" in g, g.get("nothing", "default"))
print(sorted(k for k in globals() if not k.startswith("__")))
print(globals()["show"] is show, locals()["counter"])


def reads_global_by_name(n):
    return globals()[n]


print(reads_global_by_name("name"))


class Holder:
    value = 1


print(isinstance(globals(), dict), isinstance(locals(), dict))
try:
    globals(1)
except TypeError as e:
    print("TypeError:", e)


def unbound_later():
    x = 1
    del x
    return locals()


print(unbound_later())
