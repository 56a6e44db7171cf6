# Code past the limits of narrow operands: long displays, calls with more than 255
# arguments, many targets in an unpacking, long f-strings (built with exec, so that the
# source stays small).

def run(src, name="result"):
    ns = {k: v for k, v in globals().items()}
    exec(src, ns)
    return ns[name]

# A list, tuple, set and dict display longer than the stack holds at once.
n = 1500
xs = run("result = [" + ", ".join(str(i * 3) for i in range(n)) + "]")
print(len(xs), xs[0], xs[1234], xs[-1], sum(xs))
t = run("result = (" + ", ".join(f"'s{i}'" for i in range(n)) + ",)")
print(type(t).__name__, len(t), t[0], t[-1])
s = run("result = {" + ", ".join(str(i % 700) for i in range(n)) + "}")
print(len(s), min(s), max(s))
d = run("result = {" + ", ".join(f"'k{i}': {i}" for i in range(n)) + "}")
print(len(d), d["k0"], d["k1499"], list(d)[:3])
# Later keys win, as in any dict display.
d2 = run("result = {" + ", ".join(f"{i % 10}: {i}" for i in range(n)) + "}")
print(sorted(d2.items())[:3])

# Calls with more than 255 positional and keyword arguments.
def count(*args, **kwargs):
    return len(args), len(kwargs), sum(args), sum(kwargs.values())

print(run("result = count(" + ", ".join(str(i) for i in range(300)) + ")"))
print(run("result = count(" + ", ".join(f"k{i}={i}" for i in range(400)) + ")"))
print(run("result = count(" + ", ".join(str(i) for i in range(200)) + ", "
          + ", ".join(f"k{i}={i}" for i in range(200)) + ")"))
params = ", ".join(f"a{i}" for i in range(300))
f = run(f"def result({params}):\n    return a0 + a150 + a299\n")
print(f(*range(300)))
print(run("result = f(" + ", ".join(str(i) for i in range(300)) + ")"))

class C:
    def m(self, *args):
        return len(args)

c = C()

ns = {"c": c}
exec("result = c.m(" + ", ".join(str(i) for i in range(500)) + ")", ns)
print(ns["result"])

# Too many arguments for the function is still a TypeError.
try:
    run("def g(a, b):\n    pass\nresult = g(" + ", ".join("1" for _ in range(300)) + ")")
except TypeError as e:
    print("TypeError", e)

# Unpacking into many targets.
names = [f"v{i}" for i in range(400)]
r = run(", ".join(names) + " = range(400)\nresult = v0 + v399")
print(r)
r = run("a, *rest, " + ", ".join(names[:300]) + " = range(1000)\nresult = (a, len(rest), v299)")
print(r)
try:
    run(", ".join(names[:300]) + ", *rest = range(1000)\nresult = rest")
except SyntaxError as e:
    print("SyntaxError", e.msg)

# An f-string with more fields than the stack holds at once.
fs = "f'" + "".join("{" + str(i) + "}-" for i in range(1200)) + "'"
text = run("result = " + fs)
print(len(text), text[:20], text[-10:])

# A function with many locals and a module with many globals.
body = "\n".join(f"    x{i} = {i}" for i in range(300))
g = run(f"def result():\n{body}\n    return x0 + x299\n")
print(g())
ns = {}
exec("\n".join(f"g{i} = {i}" for i in range(1000)), ns)
print(ns["g999"], len([k for k in ns if k.startswith("g")]))
