# int.from_bytes with sources bytes() refuses: a str, a non-iterable, non-int items, ints out of range.
for src in ["x", 5, [1.5], [300], [2**70], [1, 2], (255,), b"\x01\x00", [True]]:
    try:
        print(int.from_bytes(src, "big"))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
