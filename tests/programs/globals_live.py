# globals() is the module's namespace: reads see later changes, writes reach the module.
counter = 1
g = globals()
counter = 2
print(g["counter"], "counter" in g, "nothing" in g, isinstance(g, dict))
g["counter"] = 10
print(counter)
g["created"] = "made via globals()"
print(created)
globals().update(alpha=1, beta=2)
print(alpha + beta, sorted(k for k in g if not k.startswith("__")))
del g["beta"]
try:
    print(beta)
except NameError as e:
    print("NameError:", e)
print(g.get("beta", "gone"), g.pop("alpha"), "alpha" in g, g.setdefault("gamma", 3), gamma)


def bump():
    globals()["counter"] += 1
    return globals()["counter"]


print(bump(), counter)
try:
    g["missing"]
except KeyError as e:
    print("KeyError:", e)
name = "dynamic"
globals()[name] = 42
print(globals()["dynamic"], len(g) > 5, g == dict(g.items()))
