# __slots__ make member descriptors in the class namespace: class access, __get__, unset
# slots, deletion, conflicts with class variables, inheritance.
class P:
    __slots__ = ("x", "y")
    def __init__(self): self.x = 1
p = P()
print(P.x, type(P.__dict__["x"]).__name__, P.x.__get__(p, P), P.x.__get__(None, P) is P.x)
try: p.y
except AttributeError as e: print("AttributeError", e)
p.y = 5; print(p.y); del p.y
try: p.y
except AttributeError as e: print("AttributeError", e)
try: p.z = 1
except AttributeError as e: print("AttributeError", e)
try:
    class Q:
        __slots__ = ("a",)
        a = 1
except ValueError as e: print("ValueError", e)
class R(P):
    __slots__ = ("z",)
r = R(); r.z = 3; print(r.x, r.z, sorted(k for k in R.__dict__ if not k.startswith("__")))
class S:
    __slots__ = "only"
print(S.only, hasattr(S(), "only"))
