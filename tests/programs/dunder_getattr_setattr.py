class Record:
    def __init__(self, **fields):
        self._data = dict(fields)
    def __getattr__(self, name):
        if name in self._data:
            return self._data[name]
        raise AttributeError(f"no field {name!r}")
    def __setattr__(self, name, value):
        if name.startswith("_"):
            super().__setattr__(name, value)
        else:
            print("set", name, "=", value)
            self._data[name] = value
r = Record(a=1, b="two")
print(r.a, r.b)
r.c = 3.0
r.a = 10
print(r.a, r.c, sorted(r._data))
try:
    r.zzz
except AttributeError as e:
    print("AttributeError:", e)
print(getattr(r, "b"), getattr(r, "nope", "fallback"), hasattr(r, "c"), hasattr(r, "d"))
class Defaults:
    x = 1
    def __getattr__(self, name):
        return name * 2
d = Defaults()
d.y = 5
print(d.x, d.y, d.zz, d.abc)
