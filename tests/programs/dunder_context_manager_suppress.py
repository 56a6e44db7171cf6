class Suppress:
    def __init__(self, *types):
        self.types = types
        self.caught = []
    def __enter__(self):
        return self
    def __exit__(self, et, ev, tb):
        if et is not None and issubclass(et, self.types):
            self.caught.append(f"{et.__name__}: {ev}")
            return True
        return False
s = Suppress(KeyError, ZeroDivisionError)
with s:
    {}["missing"]
print("after 1")
with s:
    1 / 0
with s:
    print("no error")
print(s.caught)
try:
    with Suppress(KeyError):
        int("zz")
except ValueError as e:
    print("escaped ValueError:", e)
class Timer:
    depth = 0
    def __init__(self, name):
        self.name = name
    def __enter__(self):
        print("  " * Timer.depth + "enter", self.name)
        Timer.depth += 1
        return self.name.upper()
    def __exit__(self, *exc):
        Timer.depth -= 1
        print("  " * Timer.depth + "exit", self.name)
with Timer("outer") as o, Timer("inner") as i:
    print(o, i)
    with Timer("deep"):
        pass
