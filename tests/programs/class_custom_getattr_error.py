class Strict:
    allowed = {"a": 1, "b": 2}
    def __getattr__(self, name):
        if name in self.allowed:
            return self.allowed[name]
        raise AttributeError(f"Strict has no field {name}")
s = Strict()
print(s.a, s.b)
print(getattr(s, "c", "fallback"))
print(s.c)
