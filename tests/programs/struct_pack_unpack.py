# struct (CPython's struct.py over hotpy's _struct): byte orders, native sizes and alignment,
# every format code, counts, s/p strings, floats (e, f, d, with inf/nan/rounding),
# calcsize, unpack_from, iter_unpack, Struct, and the errors; a small binary format read back.
import struct

for fmt in ["<i", ">h", "=q", "@bi", "@hq", "<bi", "3h", "<10s", "<5p", "@?xH", "<e", ">f", "!d",
            "@n", "@P", "<qQ", "ci", "2c3x"]:
    print(fmt, struct.calcsize(fmt))
print(struct.pack("<i", -2), struct.pack(">I", 4000000000), struct.pack("<h", 258), struct.pack("@bi", 1, 2))
print(struct.pack(">q", -1), struct.pack("<Q", 2**64 - 1), struct.pack("?", [1]), struct.pack("!H", 0x1234))
print(struct.pack("<5s", b"ab"), struct.pack("<2s", b"abcdef"), struct.pack("<5p", b"abcdefg"), struct.pack("3c", b"x", b"y", b"z"))
print(struct.pack("<d", 1.5), struct.pack(">f", -0.1), struct.pack("<e", 65504.0), struct.pack("<e", 1e-7))
print(struct.pack("<e", 0.333), struct.pack(">d", float("inf")), struct.pack("<f", float("nan"))[3:], struct.pack("<e", -0.0))
print(struct.unpack("<i", b"\xfe\xff\xff\xff"), struct.unpack(">HH", b"\x12\x34\x56\x78"), struct.unpack("<?", b"\x02"))
print(struct.unpack("<d", struct.pack("<d", 3.14159)), struct.unpack("<f", struct.pack("<f", 3.14159)),
      struct.unpack("<e", struct.pack("<e", 3.14159)), struct.unpack("<5p", struct.pack("<5p", b"hi")))
print(struct.unpack("@bi", struct.pack("@bi", -5, 70000)), struct.unpack("<4s", b"abcd"), struct.unpack("<2c", b"AB"))
print(struct.unpack_from("<H", b"\x00\x01\x02\x03", 1), struct.unpack_from("<H", b"\x00\x01\x02\x03", offset=-2))
print(list(struct.iter_unpack("<H", b"\x01\x00\x02\x00\x03\x00")))
s = struct.Struct("<IhB")
print(s.format, s.size, s.pack(1, -1, 255), s.unpack(b"\x01\x00\x00\x00\xff\xff\xff"))
bad = [lambda: struct.pack("b", 200), lambda: struct.pack("<B", -1), lambda: struct.pack("<h", 40000),
       lambda: struct.pack("<i", 2**31), lambda: struct.pack("<Q", -1), lambda: struct.pack("@q", 2**63),
       lambda: struct.pack("<i", "x"), lambda: struct.pack("<d", "x"), lambda: struct.pack("<i"),
       lambda: struct.pack("<i", 1, 2), lambda: struct.pack("c", b"ab"), lambda: struct.pack("s", "x"),
       lambda: struct.unpack("<i", b"ab"), lambda: struct.calcsize("<n"), lambda: struct.calcsize("3"),
       lambda: struct.calcsize("y"), lambda: struct.unpack_from("<i", b"ab", 1),
       lambda: list(struct.iter_unpack("<i", b"abcde")), lambda: struct.pack("<e", 1e6),
       lambda: struct.pack("<f", 1e300)]
for f in bad:
    try:
        print(f())
    except (struct.error, TypeError, OverflowError) as e:
        print(type(e).__name__, e)

# A small binary file format: a header and records.
records = [(1, b"alice", 3.5), (2, b"bob", -1.25), (300, b"carol", 0.0)]
header = struct.pack("<4sHI", b"RECS", 1, len(records))
body = b"".join(struct.pack("<I8sd", i, name, score) for i, name, score in records)
blob = header + body
magic, version, count = struct.unpack_from("<4sHI", blob)
rec = struct.Struct("<I8sd")
print(magic, version, count, rec.size)
for k in range(count):
    i, name, score = rec.unpack_from(blob, struct.calcsize("<4sHI") + k * rec.size)
    print(i, name.rstrip(b"\0").decode(), score)
