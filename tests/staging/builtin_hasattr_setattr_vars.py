class Record:
    fields = ("name", "age", "city")
    def __init__(self, **kw):
        for f in self.fields:
            setattr(self, f, kw.get(f))
    def as_dict(self):
        return {f: getattr(self, f) for f in self.fields}
    def update(self, **kw):
        for k, v in kw.items():
            if not hasattr(self, k):
                raise AttributeError(k)
            setattr(self, k, v)
r = Record(name="ann", age=30)
print(r.as_dict())
r.update(city="oslo", age=31)
print(r.as_dict(), vars(r) == r.as_dict())
try:
    r.update(zip="123")
except AttributeError as e:
    print("unknown field", e)
print(getattr(r, "missing", "default"), hasattr(r, "fields"), hasattr(Record, "name"))
print(sorted(k for k in vars(Record) if not k.startswith("__")))
for attr in ["upper", "nope", "split"]:
    print(attr, hasattr("text", attr))
m = getattr("a-b-c", "split")
print(m("-"))
print(getattr(r, "age") + 1)
delattr(r, "city")
print(hasattr(r, "city"), sorted(vars(r)))
