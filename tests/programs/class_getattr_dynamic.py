class Config:
    def __init__(self, **values):
        self._values = values
    def __getattr__(self, name):
        if name.startswith("get_"):
            key = name[4:]
            return lambda: self._values.get(key, "unset")
        if name in self._values:
            return self._values[name]
        raise AttributeError(f"no config {name!r}")
c = Config(host="localhost", port=8080)
print(c.host, c.port, c.get_host(), c.get_user())
print(hasattr(c, "port"), hasattr(c, "user"), getattr(c, "user", "dflt"))
class Obj:
    pass
o = Obj()
setattr(o, "a", 1)
o.b = 2
print(getattr(o, "a"), o.b, sorted(vars(o).items()), hasattr(o, "c"))
delattr(o, "a")
print(hasattr(o, "a"), o.__dict__)
for name in ["x", "y", "z"]:
    setattr(o, name, name * 2)
print([getattr(o, n) for n in ["x", "y", "z"]])
class Proxy:
    def __init__(self, target):
        self._t = target
        self.log = []
    def __getattr__(self, n):
        self.log.append(n)
        return getattr(self._t, n)
p = Proxy([3, 1, 2])
p.append(0)
p.sort()
print(p._t, p.log, p.count(1))
