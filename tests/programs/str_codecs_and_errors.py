# str.encode / bytes.decode / str(b, encoding, errors) with CPython's codecs, aliases, error
# handlers and messages.

texts = ["", "abc", "é", "aé€b", "😀x", "\x00\x7f\x80\xff", "中文"]
codecs = ["utf-8", "UTF8", "utf_8", "ascii", "US-ASCII", "latin-1", "latin1", "ISO-8859-1",
          "utf-16", "utf-16-le", "utf-16-be", "utf-32", "utf-32-le", "utf-32-be"]
for codec in codecs:
    for errors in ["strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
        row = []
        for t in texts:
            try:
                data = t.encode(codec, errors)
                row.append(data.hex())
                try:
                    row.append(data.decode(codec) == t)
                except UnicodeDecodeError as e:
                    row.append("UDE")
            except UnicodeEncodeError as e:
                row.append("UEE " + str(e))
        print(codec, errors, row)

raw = [b"", b"abc", b"\xff", b"a\xe9bc", b"\xf0\x9f\x98", b"\xf0\x9f\x98\x80", b"\xc0\x80",
       b"\xed\xa0\x80", b"a\x00b", b"\x00\xd8\x00\xdc", b"\x00\xdc", b"\xff\xfe\x00\xd8"]
for codec in ["utf-8", "ascii", "latin-1", "utf-16-le", "utf-16-be", "utf-16", "utf-32-le"]:
    for errors in ["strict", "ignore", "replace", "backslashreplace"]:
        row = []
        for data in raw:
            try:
                row.append(data.decode(codec, errors))
            except UnicodeDecodeError as e:
                row.append("UDE " + str(e))
        print(codec, errors, ascii(row))

print("é".encode(encoding="latin-1"), b"\xe9".decode(errors="replace"),
      "x".encode(errors="strict"), str(b"\xe9t\xe9", "latin-1"), str(b"\xff", "utf-8", "ignore"),
      str(b"\xff", errors="replace"))
for bad in [lambda: "x".encode("nope"), lambda: b"x".decode("rot-13x"),
            lambda: "x".encode("utf-8", "bogus"), lambda: "é".encode("ascii", "bogus")]:
    try:
        print(bad())
    except LookupError as e:
        print("LookupError", e)
for bad in [lambda: "x".encode(5), lambda: "x".encode("utf-8", "strict", 1),
            lambda: "x".encode(encoding="utf-8", bogus=1)]:
    try:
        bad()
    except TypeError as e:
        print("TypeError", e)
# The exceptions are ValueErrors and UnicodeErrors.
try:
    b"\xff".decode()
except ValueError as e:
    print(type(e).__name__, isinstance(e, UnicodeError))
