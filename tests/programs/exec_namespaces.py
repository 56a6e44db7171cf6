# exec and eval with a globals dict (or globals()).
x = 1
exec("y = x + 1", globals())
print(y, eval("x * 10", globals()), eval("x + y"))
ns = {"a": 5, "b": [1, 2]}
print(eval("a + len(b)", ns), eval("sum(b) * a", ns))
exec("c = a * 2\nb.append(c)\ndel a\ndef f(n):\n    return n + c\n", ns)
print(sorted(k for k in ns if not k.startswith("__")), ns["c"], ns["b"], ns["f"](1))
scratch = {}
exec("import math\nroot = math.sqrt(16)\nitems = [i * i for i in range(4)]", scratch)
print(scratch["root"], scratch["items"], "math" in scratch)
print(eval("[v for v in range(n)]", {"n": 3}))
try:
    eval("missing + 1", {})
except NameError as e:
    print("NameError:", e)
try:
    exec("z = 1", [])
except TypeError as e:
    print("TypeError:", e)
total = 0
for i in range(3):
    exec("total += i", globals())
print(total)
print(eval("q", {"q": "from dict"}), eval("len('abc')", {}))
