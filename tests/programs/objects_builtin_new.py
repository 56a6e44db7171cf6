# T.__new__(cls, ...) for the builtin types a class may derive from (int, tuple, str, list),
# through the type and through super(), and its TypeError for a class that is not a subtype.
class I(int):
    def __new__(cls, v):
        o = int.__new__(cls, v * 2)
        o.extra = 1
        return o
print(I(3), I(3).extra, type(I(3)).__name__, I(3) + 1)
class P(tuple):
    def __new__(cls, x, y):
        return tuple.__new__(cls, (x, y))
    @property
    def x(self): return self[0]
p = P(1, 2); print(p, p.x, len(p), type(p).__name__)
class S(str):
    def __new__(cls, v):
        return super().__new__(cls, v.upper())
print(S('abc'), S('abc').lower())
print(int.__new__(int, '7'), str.__new__(str, 5))
try: int.__new__(P, 3)
except TypeError as e: print(e)
class L(list):
    def __new__(cls, *a):
        return list.__new__(cls)
l = L([1,2]); print(l)
