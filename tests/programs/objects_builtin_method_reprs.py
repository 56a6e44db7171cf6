# How the functions of builtin types show, on the type and bound to a value (CPython adds
# " at 0x..." to some: cut off here, as no program can rely on an address).
import math


def shown(f):
    r = repr(f)
    i = r.find(" at 0x")
    while i >= 0:
        j = i + 6
        while j < len(r) and r[j] in "0123456789abcdef":
            j += 1
        r = r[:i] + r[j:]
        i = r.find(" at 0x")
    return r


on_types = [
    object.__init__, object.__setattr__, object.__repr__, object.__eq__, object.__lt__,
    object.__hash__, object.__format__, object.__new__, type.__new__, type.mro,
    float.fromhex, int.from_bytes, bytes.fromhex, str.maketrans, dict.fromkeys,
    range.__eq__, range.__len__, type({}.keys()).__len__, type({}.items()).__iter__,
    int.__add__, list.append, str.join, dict.get, list.__getitem__, int.__round__,
]
for f in on_types:
    print(shown(f))

bound = [
    object().__init__, (3).__add__, {}.keys().__len__, float.fromhex, dict.fromkeys,
    [].append, "x".join, {}.get, object().__eq__, range(3).__len__,
]
for f in bound:
    print(shown(f))


class C:
    def m(self):
        pass


print(shown(C().m), shown(C.m), shown(math.sqrt), shown(len), shown(int), shown(super))
print(shown(slice(1, None, 2)), shown(range(0, 10, 2)), shown(range(3)), shown(int.real))
print(shown(C.__dict__["m"]), shown(type.__dict__["__name__"]))
