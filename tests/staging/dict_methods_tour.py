d = {"a": 1, "b": 2}
d["c"] = 3
print(d, len(d), "a" in d, "z" not in d)
print(d.get("a"), d.get("z"), d.get("z", 0))
print(d.setdefault("d", 4), d.setdefault("a", 100), d)
print(d.pop("b"), d.pop("zz", "missing"), d)
d.update({"e": 5, "a": 10})
d.update(f=6)
print(d)
print(list(d.keys()), list(d.values()), list(d.items()))
k, v = d.popitem()
print(k, v, d)
e = dict(zip("xyz", range(3)))
print(e, dict([(1, "one"), (2, "two")]), dict(a=1, b=2))
print(dict.fromkeys(["p", "q"], 0))
c = d.copy()
c.clear()
print(c, d)
del d["a"]
print(d)
print({1: "a"} == {1: "a"}, {1: 2, 3: 4} == {3: 4, 1: 2})
m = {**{"x": 1}, **{"y": 2, "x": 3}}
print(m, {"a": 1} | {"b": 2})
