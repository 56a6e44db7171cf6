def f(): yield 1
print(type(len), type(f), type(f()), type(None), type([].append), type(print))
print(type(f).__name__, type(None).__name__, type(iter([])))
print(isinstance(f, type(f)), isinstance(len, type(f)), isinstance(f(), type(f())))
GenType = type(f())
try:
    GenType()
except TypeError as e:
    print("TypeError:", e)
print(type(property()), type(enumerate([])).__name__, type(zip()).__name__)
import math
print(type(math))
class C: pass
print(type(C()), C, type(C))
print(type(type(f)), type(f) is type(lambda: 0))
def kinds(*values):
    return [type(v).__name__ for v in values]

print(kinds(1, 1.5, "s", b"b", [], (), {}, set(), frozenset(), range(3), slice(1), True, None))
print(kinds(len, f, f(), [].append, iter(()), iter(""), iter(range(2)), math, C, C()))
print(len(set(map(type, [f, lambda: 1, kinds]))), type(f) == type(kinds))
