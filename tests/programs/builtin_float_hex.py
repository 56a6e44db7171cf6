# float.hex/float.fromhex round trips (subnormals, signed zero, inf, nan), fromhex syntax and
# overflow, int/float conjugate and int.as_integer_ratio.
for x in [1.5, 1.0, 0.0, -0.0, 0.1, -2.5e-310, 1e308, 5e-324, float("inf"), float("-inf"), float("nan"), 3.141592653589793, 2.0**-1074, 123456789.0]:
    h = x.hex()
    back = float.fromhex(h)
    print(h, back == x or (x != x and back != back))
for s in ["0x1p-1", "0X1.8P+1", " -0x.8p0 ", "1p4", "0x1.fffffffffffffp1023", "inf", "-Infinity", "nan", "0x10", "0x1.123456789abcdef123p0", "0x.0000000000001p-1022"]:
    print(repr(s), float.fromhex(s))
for bad in ["", "0x", "0xg", "0x1p", "0x1p2000", "0x1.8p1023 q"]:
    try:
        print(float.fromhex(bad))
    except (ValueError, OverflowError) as e:
        print(type(e).__name__, e)
print((3).conjugate(), True.conjugate(), (2.5).conjugate(), (12).as_integer_ratio(), True.as_integer_ratio(), (-4).as_integer_ratio())
