# int.from_bytes/int.to_bytes (orders, signed, lengths, errors), bytes.fromhex,
# str.maketrans (one dict, two strs, a third str of deletions) and str.translate.
print(int.from_bytes(b"\x01\x00", "big"), int.from_bytes(b"\x01\x00", "little"), int.from_bytes(b"\xff", "big", signed=True))
print(int.from_bytes([1, 2, 3], byteorder="big"), int.from_bytes(b"", "big"), int.from_bytes(b"\x00" * 20 + b"\x07", "big"))
print(int.from_bytes(b"\xff" * 16, "little"), int.from_bytes(b"\x80\x00", "big", signed=True))
print((1024).to_bytes(2, "big"), (1024).to_bytes(4, "little"), (-1).to_bytes(2, "big", signed=True), (0).to_bytes(3, "big"))
print((255).to_bytes(1, "big"), (2**70).to_bytes(9, "big"), (-129).to_bytes(2, "little", signed=True), (5).to_bytes())
for f in [lambda: (256).to_bytes(1, "big"), lambda: (-1).to_bytes(1, "big"), lambda: (1).to_bytes(1, "middle"),
          lambda: (128).to_bytes(1, "big", signed=True), lambda: int.from_bytes(b"\x01", "big", sign=True),
          lambda: bytes.fromhex("0g"), lambda: bytes.fromhex("abc"), lambda: str.maketrans("ab", "c"),
          lambda: str.maketrans({"ab": 1})]:
    try:
        print(f())
    except (OverflowError, ValueError, TypeError) as e:
        print(type(e).__name__, e)
print(bytes.fromhex("00ff 10 Ab"), bytes.fromhex(""), list(bytes.fromhex("deadbeef")))
t = str.maketrans("abc", "xyz", "d")
print(sorted(t.items()), "abcdd cab".translate(t))
print("hello".translate({ord("l"): "L", ord("o"): None, ord("h"): 72}), "x".translate({}))
print("swap".translate(str.maketrans({"s": "S", "w": None, 97: "AA"})))
n = 2**64 + 5
print(int.from_bytes(n.to_bytes(9, "big"), "big") == n, int.from_bytes((-n).to_bytes(10, "little", signed=True), "little", signed=True) == -n)
print(True.bit_length(), True.to_bytes(1, "big"), True.real, (5).imag, (5).numerator, (5).denominator, (2.5).real, (2.5).imag, (2**80).numerator == 2**80, False.denominator)
