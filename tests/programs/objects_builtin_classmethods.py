# The builtin types' class methods make the class they are called on: dict.fromkeys,
# int.from_bytes, float.fromhex, bytes.fromhex on subclasses, instances and the types.
class D(dict):
    def __setitem__(self, k, v):
        super().__setitem__(k, v * 10)
class I(int):
    pass
class F(float):
    pass
class B(bytes):
    pass
d = D.fromkeys("ab", 1)
print(type(d).__name__, d, dict.fromkeys([1, 2]), {}.fromkeys("x"), type(D().fromkeys("q", 2)).__name__)
i = I.from_bytes(b"\x01\x00", "big")
print(type(i).__name__, i, int.from_bytes(b"\x02", "little"), (5).from_bytes(b"\x03", "big"), type(I(1).from_bytes(b"\x04", "big")).__name__)
f = F.fromhex("0x1p1")
print(type(f).__name__, f, float.fromhex("0x1p-2"), type(B.fromhex("4142")).__name__, B.fromhex("4142"), bytes.fromhex("43"))
print(type(dict.__dict__["fromkeys"]).__name__ in ("classmethod", "classmethod_descriptor"))
try:
    dict.fromkeys()
except TypeError as e:
    print("TypeError")
