b = b"hello\nworld\x00\xff'"
print(b, len(b), b[0], b[-1], b[1:4], list(b[:3]), b"a" + b"bc", b"ab" * 3, bytes(3), bytes([65, 66, 67]))
print(b"ell" in b, 104 in b, b == b"x", b"abc" < b"abd", {b"k": 1}[b"k"], bytes("héllo", "utf-8"))
s = "héllo wörld"
e = s.encode()
print(e, e.decode(), e.decode("utf-8") == s, "abc".encode("ascii"), b"\x00\x10\xab".hex(), repr(b'"'), type(b).__name__, isinstance(b, bytes))
for x in b"AB":
    print(x)
try:
    b"\xff".decode()
except UnicodeDecodeError as err:
    print("decode error", err)
try:
    "é".encode("ascii")
except UnicodeEncodeError as err:
    print("encode error", err)
print(bool(b""), bool(b"x"), sorted([b"b", b"a"]))
