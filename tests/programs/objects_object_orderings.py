# object has the orderings (__lt__, __le__, __gt__, __ge__) as slot wrappers answering NotImplemented,
# so the other operand decides and a class without them is unorderable.
class A: pass
print(hasattr(A, "__lt__"), object.__lt__(A(), A()), A.__ge__ is object.__ge__)
try:
    A() < A()
except TypeError as e:
    print(e)
class B:
    def __gt__(self, o): return "B.__gt__"
print(A() < B(), B() > A())
print(sorted([3, 1, 2]), (1, 2) < (1, 3), "a" < "b")
print(sorted(n for n in ("__lt__", "__le__", "__gt__", "__ge__", "__eq__", "__ne__") if n in vars(object)))
