# Augmented assignment as CPython: __iop__ first (NotImplemented falls back to the binary
# operator), builtin containers changed in place (aliases see it), the rest rebinds.
class A:
    def __iadd__(self, o):
        return "A.__iadd__"

    def __add__(self, o):
        return "A.__add__"

    def __isub__(self, o):
        return NotImplemented

    def __sub__(self, o):
        return "A.__sub__ after NotImplemented"

    def __ipow__(self, o):
        return ("A.__ipow__", o)

    def __imatmul__(self, o):
        return "A.__imatmul__"


a = A()
a += 1
print(a)
a = A()
a -= 1
print(a)
a = A()
a **= 3
print(a)
a = A()
a @= 2
print(a)


class R:
    def __radd__(self, o):
        return "R.__radd__"

    def __rxor__(self, o):
        return "R.__rxor__"


x = 5
x += R()
print(x)
x = 5
x ^= R()
print(x)

lst = [1, 2]
alias = lst
lst += (3, 4)
lst *= 2
print(lst, alias, lst is alias)
lst *= 0
print(alias)
s = {1, 2, 3}
alias = s
s |= {4}
s &= {1, 2, 4, 9}
s -= {1}
s ^= {2, 7}
print(sorted(alias), s is alias)
f = frozenset({1})
g = f
f |= {2}
print(sorted(f), sorted(g), f is g)
d = {"a": 1}
alias = d
d |= {"b": 2}
d |= [("c", 3)]
print(alias, d is alias)
t = (1,)
u = t
t += (2,)
print(t, u)
text = "ab"
text *= 3
print(text)
n = 10
for op in ["//=", "%=", "**=", "<<=", ">>=", "&=", "|=", "^=", "/=", "-=", "*="]:
    v = 7
    exec(f"v {op} 3")
    print(op, v)


class MyList(list):
    pass


m = MyList([1])
same = m
m += [2]
m *= 2
print(m, same is m, type(m).__name__)


class Counted(list):
    def __iadd__(self, other):
        self.append(("added", other))
        return self


c = Counted()
c += 5
print(c)

for bad in ["v = 1; v += 'a'", "v = 'a'; v -= 1", "v = []; v *= 'x'", "v = {1}; v |= [2]",
            "v = 2; v **= 'a'", "v = {}; v |= 5", "v = 1.5; v @= 2"]:
    try:
        exec(bad)
    except TypeError as e:
        print("TypeError:", e)
try:
    z = 1
    z //= 0
except ZeroDivisionError as e:
    print("ZeroDivisionError:", e)
big = 2 ** 62
big -= -(2 ** 62)
print(big)
