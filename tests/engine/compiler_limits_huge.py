# Code past 16-bit operand limits (issue #11 point 1): a 100,000-element list display,
# 70,000 globals, a function of 70,000 locals, 70,000 distinct constants, a call with
# 1,000 arguments. Built with exec so that the source stays small.
n = 100_000
ns = {}
exec("x = [" + ", ".join(str(i) for i in range(n)) + "]", ns)
print(len(ns["x"]), ns["x"][-1], sum(ns["x"]))

ns = {}
exec("\n".join(f"g{i} = {i}" for i in range(70_000)) + "\ntotal = g0 + g69999", ns)
print(ns["total"], ns["g65536"])

body = "\n".join(f"    v{i} = {i}.5" for i in range(70_000))
ns = {}
exec(f"def f():\n{body}\n    return v0 + v65535 + v69999\n", ns)
print(ns["f"]())

ns = {}
exec("def g(*a):\n    return len(a), a[-1]\nr = g(" + ", ".join(f"'a{i}'" for i in range(1000)) + ")", ns)
print(ns["r"])
