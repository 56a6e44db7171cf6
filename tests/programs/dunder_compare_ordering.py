class Version:
    def __init__(self, s):
        self.parts = tuple(int(p) for p in s.split("."))
    def __eq__(self, o):
        return self.parts == o.parts
    def __lt__(self, o):
        return self.parts < o.parts
    def __le__(self, o):
        return self.parts <= o.parts
    def __gt__(self, o):
        return self.parts > o.parts
    def __ge__(self, o):
        return self.parts >= o.parts
    def __hash__(self):
        return hash(self.parts)
    def __repr__(self):
        return "v" + ".".join(map(str, self.parts))
vs = [Version(s) for s in ["1.10.0", "1.2.3", "1.2", "0.9.9", "1.2.3", "2.0"]]
print(sorted(vs))
print(max(vs), min(vs))
print(Version("1.2") < Version("1.2.0"), Version("1.10") > Version("1.9"))
print(Version("3.0") >= Version("3.0"), Version("3.0") <= Version("2.9"))
print(Version("1.2.3") == Version("1.2.3"), Version("1.2.3") != Version("1.2.4"))
print(len(set(vs)))
print(sorted(vs, reverse=True)[:2])
print(Version("1.0") < Version("1.1") < Version("1.2"))
