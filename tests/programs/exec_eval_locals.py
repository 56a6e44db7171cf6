# eval/exec with a locals mapping other than the globals, and in a function without
# namespaces (the function's locals): names are looked up in the locals, then the globals,
# then the builtins; assignments go to the locals mapping.
G = "global"

def f(a, b=2):
    x = 10
    print(eval("a + b + x"), eval("G + '!'"), eval("len('abc')"))
    exec("z = x * 2\nprint('z', z, G)")
    print(eval("x if a else b"))
    loc = {}
    exec("w = x + 1", globals(), loc)
    print(loc)
    exec("def inner(): return G\nr = inner()", globals(), loc)
    print(loc["r"], sorted(loc))
    try:
        eval("[x * i for i in range(3)]")
    except NameError as e:
        print("NameError", e)
    print(eval("[a * i for i in range(3)]", {"a": 3}))

f(1)

g = {"a": 1}
l = {"b": 2}
print(eval("a + b", g, l))
exec("c = a + b\ndel b\nglobal d\nd = 4", g, l)
print(sorted(l), "c" in g, g.get("d"), l)
print(eval("b", {"b": "global b"}, {"b": "local b"}))
exec("print(__name__ if '__name__' in dir() else 'no name')", {}, {})
code = compile("y = q * 2", "<cc>", "exec")
ns = {"q": 21}
exec(code, {}, ns)
print(ns)
print(eval(compile("q + 1", "<e>", "eval"), {}, {"q": 1}))

class Mapping:
    def __init__(self):
        self.data = {"m": 5}
    def keys(self):
        return self.data.keys()
    def __getitem__(self, k):
        return self.data[k]
    def __setitem__(self, k, v):
        print("set", k, v)
        self.data[k] = v
    def __delitem__(self, k):
        print("del", k)
        del self.data[k]

mp = Mapping()
exec("n = m + 1\ndel m", {}, mp)
print(mp.data)

def counter():
    total = 0
    for i in range(3):
        total = eval("total + i")
    return total
print(counter())

try:
    exec("return 1", {}, {})
except SyntaxError as e:
    print("SyntaxError", e.msg)
try:
    eval("undefined_thing", {}, {"x": 1})
except NameError as e:
    print("NameError", e)
try:
    exec("1 / 0", {}, {})
except ZeroDivisionError as e:
    print("ZeroDivisionError", e)
import timeit
print(type(timeit.timeit("x = sum(range(10))", number=5)).__name__)
print(timeit.Timer("y * 2", setup="y = 3").timeit(number=3) >= 0)

# A function's __module__ is its globals' __name__ (None for a dict without one).
ns = {}
exec("def f(): return 1\nclass C: pass", ns)
print(ns["f"].__module__, ns["C"].__module__)
ns2 = {"__name__": "mymod"}
exec("def g(): pass\nclass D: pass", ns2)
print(ns2["g"].__module__, ns2["D"].__module__, repr(ns2["D"]))
exec("def h(): pass")
print(h.__module__)
g = eval("lambda: 0")
print(g.__module__)
