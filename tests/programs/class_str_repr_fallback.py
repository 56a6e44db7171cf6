class OnlyRepr:
    def __repr__(self):
        return "OnlyRepr()"
class OnlyStr:
    def __str__(self):
        return "just str"
    def __repr__(self):
        return "OnlyStr<r>"
class Both:
    def __str__(self):
        return "S"
    def __repr__(self):
        return "R"
for obj in [OnlyRepr(), OnlyStr(), Both()]:
    print(obj, str(obj), repr(obj), [obj], f"{obj}", f"{obj!r}", "%s|%r" % (obj, obj))
class Money:
    def __init__(self, cents):
        self.cents = cents
    def __str__(self):
        return f"${self.cents // 100}.{self.cents % 100:02d}"
    def __format__(self, spec):
        return format(str(self), spec)
m = Money(12345)
print(m, f"[{m:>12}]", "{:<10}|".format(m))
