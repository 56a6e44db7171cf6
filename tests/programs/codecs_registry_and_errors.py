# codecs: the registry, the codec functions, error handlers, UnicodeError fields, and
# io.TextIOWrapper over a binary stream; staticmethod objects are callable.
import codecs
import io

# Lookup by any spelling; CodecInfo fields.
for name in ["UTF8", "utf_8", "Latin-1", "ascii", "cp1252", "utf-16-le", "koi8_r"]:
    info = codecs.lookup(name)
    print(name, "->", info.name, type(info).__name__, isinstance(info, tuple), len(info))

try:
    codecs.lookup("no-such-codec")
except LookupError as e:
    print("LookupError:", e)
try:
    codecs.lookup(5)
except TypeError as e:
    print("TypeError:", e)

# Custom search functions see the normalized name.
seen = []


def search(name):
    seen.append(name)
    if name == "upper_ascii":
        return codecs.CodecInfo(
            lambda s, errors="strict": (s.upper().encode("ascii"), len(s)),
            lambda b, errors="strict": (bytes(b).decode("ascii").lower(), len(b)),
            name="upper-ascii",
        )
    return None


codecs.register(search)
print(codecs.encode("shout", "Upper ASCII"), codecs.decode(b"QUIET", "upper-ascii"))
print(seen)
codecs.unregister(search)

# The codec functions return (result, consumed).
print(codecs.utf_8_encode("héllo"))
print(codecs.utf_8_decode(b"h\xc3\xa9llo\xe2\x82", "strict", False))
print(codecs.utf_8_decode(b"h\xc3\xa9llo\xe2\x82", "replace", True))
print(codecs.latin_1_decode(b"caf\xe9"), codecs.ascii_encode("abc"))
print(codecs.utf_16_le_encode("hi"), codecs.utf_16_be_decode(b"\x00h\x00i"))
print(codecs.charmap_decode(b"\x80\x41", "strict", "\u20acA" + "?" * 254))
print(codecs.unicode_escape_encode("tab\there é € \U0001f600"))
print(codecs.unicode_escape_decode(b"a\\tb\\u00e9\\x41\\n"))
print(codecs.escape_decode(b"\\x41\\n\\101"), codecs.escape_encode(b"a'\n\x00"))
print(codecs.raw_unicode_escape_decode(b"\\u20ac\\n"))

# Non-UTF codecs from the encodings package.
print("€uro".encode("cp1252") if hasattr(str, "encode") else None)
print(codecs.encode("€uro", "cp1252"), codecs.decode(b"\x80uro", "cp1252"))
print(codecs.encode("hello", "rot13"), codecs.decode(b"68656c6c6f", "hex"))

# Incremental decoders keep incomplete sequences.
decoder = codecs.getincrementaldecoder("utf-8")()
pieces = [decoder.decode(b) for b in [b"\xe2", b"\x82", b"\xac!", b""]]
print(pieces, decoder.decode(b"", final=True))
encoder = codecs.getincrementalencoder("utf-16")()
print(encoder.encode("a"), encoder.encode("b"))

# Error handlers.
print(codecs.lookup_error("strict").__name__ if hasattr(codecs.lookup_error("strict"), "__name__") else "")
for handler in ["ignore", "replace", "backslashreplace", "xmlcharrefreplace"]:
    print(handler, "é€x".encode("ascii", handler), b"a\xffb".decode("ascii", "replace"))
try:
    codecs.lookup_error("nope")
except LookupError as e:
    print("LookupError:", e)


def question_marks(exc):
    return ("?" * (exc.end - exc.start), exc.end)


codecs.register_error("qmarks", question_marks)
print(codecs.charmap_encode("a€b", "qmarks", codecs.charmap_build("ab?" + "x" * 253)))
print(codecs.latin_1_encode("a€€b", "qmarks"))

# UnicodeError fields, from the codecs and made by hand.
try:
    "aé€".encode("ascii")
except UnicodeEncodeError as e:
    print(e.encoding, repr(e.object), e.start, e.end, e.reason)
    print(e)
try:
    b"ab\xff\xfe".decode("utf-8")
except UnicodeDecodeError as e:
    print(e.encoding, e.object, e.start, e.end, e.reason, e.args)
e = UnicodeDecodeError("utf-8", b"\xff\xfe", 0, 2, "bad")
print(e, e.start, e.end)
e = UnicodeEncodeError("latin-1", "\U0001f600", 0, 1, "no")
print(e)
e = UnicodeTranslateError("ab", 1, 2, "why")
print(e, e.encoding, e.object)
e.start = 0
print(e.start)

# TextIOWrapper over BytesIO: decoding, universal newlines, writing.
raw = io.BytesIO("héllo\r\nworld\rlast\nend".encode("utf-8"))
text = io.TextIOWrapper(raw, encoding="utf-8")
print(repr(text.readline()), repr(text.readline()), repr(text.read()), text.newlines)
text = io.TextIOWrapper(io.BytesIO("a\r\nb\nc".encode("utf-16")), encoding="utf-16", newline="")
print(list(text))
out = io.BytesIO()
text = io.TextIOWrapper(out, encoding="latin-1", newline="\r\n")
print(text.write("x\ny é\n"), text.encoding, text.errors)
text.flush()
print(out.getvalue())
try:
    io.TextIOWrapper(io.BytesIO(), encoding="bogus")
except LookupError as e:
    print("LookupError:", e)
try:
    io.TextIOWrapper(io.BytesIO(), newline="x")
except ValueError as e:
    print("ValueError:", e)

# staticmethod objects are callable and carry their function's names; property docs.


def helper(*args):
    "helps"
    return args


s = staticmethod(helper)
print(s(1, 2), s.__name__, s.__doc__, callable(s))


class P:
    @property
    def a(self):
        "the a"
        return 1

    b = property(lambda self: 2, doc="bee")

    @a.setter
    def a(self, v):
        pass

    @classmethod
    def c(cls):
        "class doc"


print(P.a.__doc__, P.b.__doc__, P.__dict__["c"].__doc__, P.__dict__["c"].__qualname__)
P.b.__doc__ = "changed"
print(P.b.__doc__)

# printf-style alternate forms.
print("%#x %#o %#X %#08x %-#6x| %#.3g %+#x" % (255, 8, 255, 255, 10, 1.0, 5))
print(format(255, "#08x"), format(-255, "#08x"), format(5, "+#06x"), f"{10:#010b}")
print((1).__class__, "".__class__, None.__class__, codecs.__class__)
