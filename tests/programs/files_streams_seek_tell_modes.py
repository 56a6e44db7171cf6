# Files as streams: every open mode, positions (tell/seek, text cookies), buffered layers,
# read-your-own-writes in "+" modes, newline and encoding options, and CPython's errors.
import io
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "data.txt")


def show(label, fn):
    try:
        print(label, repr(fn()))
    except Exception as e:
        print(label, type(e).__name__, str(e).replace(d, "<dir>"))


# Modes and the layers they give.
with open(p, "w") as f:
    f.write("hello\nworld\n")
for mode in ("r", "r+", "w+", "a+", "a", "rb", "rb+", "ab", "wb"):
    with open(p if "w" not in mode else os.path.join(d, "scratch"), mode) as f:
        layers = [type(f).__name__]
        if hasattr(f, "buffer"):
            layers.append(type(f.buffer).__name__)
            layers.append(f.buffer.raw.mode)
        elif hasattr(f, "raw"):
            layers.append(f.raw.mode)
        print(mode, f.mode, layers, f.tell(), f.readable(), f.writable(), f.seekable())
with open(p, "rb", buffering=0) as f:
    print(type(f).__name__, f.mode, f.read(3), f.tell(), f.readall())

# Reading back what was written, in one file object.
with open(p, "w+") as f:
    f.write("abc\r\ndef\nghi")
    f.seek(0)
    print(repr(f.readline()), f.tell())
    print(repr(f.read(2)), f.tell())
    f.write("ZZ")
    print(f.tell())
    f.seek(0)
    print(repr(f.read()), f.newlines)
    show("cur", lambda: f.seek(3, 1))
    show("end", lambda: f.seek(-1, 2))
    show("neg", lambda: f.seek(-1))
    show("whence", lambda: f.seek(0, 5))
    print(f.seek(0, 2), f.truncate(4), f.tell())
    f.seek(0)
    print(repr(f.read()))

# Text cookies: seek(tell()) returns to the same character.
with open(p, "w", encoding="utf-8") as f:
    for i in range(300):
        f.write("line %d \u00e9\u20ac\n" % i)
with open(p, encoding="utf-8") as f:
    marks = []
    while True:
        at = f.tell()
        line = f.readline()
        if not line:
            break
        marks.append((at, line))
    print(len(marks), marks[1], marks[-1])
    f.seek(marks[123][0])
    print(repr(f.readline()))
    f.seek(marks[200][0])
    f.read(7)
    here = f.tell()
    ahead = f.read(5)
    f.seek(here)
    print(ahead == f.read(5), repr(ahead))
with open(p) as f:
    for line in f:
        show("tell in for", f.tell)
        break
    print(sum(1 for _ in f) + 1)

# Binary streams: positions, peek, read1, readinto, truncate, append.
with open(p, "wb") as f:
    print(f.write(b"abc"), f.write(bytearray(b"def")), f.write(memoryview(b"ghi")), f.tell())
with open(p, "r+b") as f:
    print(f.read(2))
    f.write(b"XY")
    print(f.tell())
    f.seek(0)
    print(f.read())
    f.seek(0)
    buf = bytearray(4)
    print(f.readinto(buf), buf)
    print(f.peek(1)[:1], f.read1(2), f.tell())
    print(f.truncate(5), f.seek(0, 2))
    f.seek(-2, os.SEEK_END)
    print(f.read(), f.seek(1, os.SEEK_SET), f.seek(1, os.SEEK_CUR))
with open(p, "ab") as f:
    f.write(b"++")
    print(f.tell())
with open(p, "rb") as f:
    print(f.read(), f.read(), f.readline())

# Newlines.
with open(p, "w", newline="\r\n") as f:
    f.write("a\nb\n")
with open(p, "rb") as f:
    print(f.read())
print(repr(open(p).read()), repr(open(p, newline="").read()), repr(open(p, newline="\r\n").read()))
print(open(p).readlines(), open(p, newline="").readlines())
with open(p, "wb") as f:
    f.write(b"one\rtwo\r\nthree\nfour")
with open(p) as f:
    print(f.readlines(), f.newlines)
with open(p, newline="") as f:
    print(f.readlines())
with open(p, newline="\r") as f:
    print(f.readlines())

# Encodings.
with open(p, "w", encoding="utf-16") as f:
    f.write("h\u00e9llo\nw\u00f6rld\n")
with open(p, "rb") as f:
    print(f.read())
with open(p, encoding="utf-16") as f:
    print(repr(f.readline()), f.tell(), repr(f.readline()), f.encoding)
with open(p, "a", encoding="utf-16") as f:
    f.write("more\n")
print(repr(open(p, encoding="utf-16").read()))
with open(p, "w", encoding="latin-1") as f:
    f.write("\u00e9")
print(open(p, "rb").read())
show("strict", lambda: open(p, encoding="utf-8").read())
print(repr(open(p, encoding="utf-8", errors="replace").read()))
with open(p, "w", encoding="ascii", errors="xmlcharrefreplace") as f:
    f.write("\u00e9\u20ac")
print(open(p).read())
show("encode", lambda: open(p, "w", encoding="ascii").write("\u00e9"))
show("codec", lambda: open(p, encoding="no-such-codec"))

# print() to a file, writelines, iteration.
with open(p, "w") as f:
    print("hello", 42, file=f)
    print("x", end="", file=f)
    f.writelines(["\n", "a\n", "b\n"])
with open(p) as f:
    print(next(f), list(f))

# Errors.
q = os.path.join(d, "new.txt")
with open(q, "x") as f:
    f.write("1")
show("exists", lambda: open(q, "x"))
show("missing", lambda: open(os.path.join(d, "nope")))
show("directory", lambda: open(d))
show("directory w", lambda: open(d, "w"))
for args in [("rw",), ("rbt",), ("q",), ("rr",), ("+",), ("r", 0), ("rb", -1, "utf-8"),
             ("r", -1, None, None, "x"), ("r", "a"), ("r", -1, 5)]:
    show(args, lambda: open(q, *args))
show("float path", lambda: open(1.5))
show("closefd", lambda: open(q, closefd=False))
with open(q, "w") as f:
    show("read w", f.read)
with open(q, "wb") as f:
    show("read wb", f.read)
with open(q) as f:
    show("write r", lambda: f.write("x"))
    show("write bytes", lambda: open(q, "w").write(b"x"))
with open(q, "rb") as f:
    show("write rb", lambda: f.write(b"x"))
    show("write str", lambda: open(q, "wb").write("x"))
f = open(q)
f.close()
f.close()
print(f.closed)
for name in ("read", "readline", "tell", "__next__", "fileno", "readable", "seek"):
    show(name, lambda: getattr(f, name)(0) if name == "seek" else getattr(f, name)())
r = io.FileIO(q)
print(r.read(1), r.tell(), r.readall(), r.name == q, r.closefd)
r.close()
print(repr(r))
print(issubclass(io.UnsupportedOperation, ValueError), issubclass(io.UnsupportedOperation, OSError))

# The abstract bases.
with open(q) as t, open(q, "rb") as b, open(q, "rb", buffering=0) as raw:
    print(isinstance(t, io.TextIOBase), isinstance(b, io.BufferedIOBase),
          isinstance(raw, io.RawIOBase), isinstance(t, io.IOBase),
          isinstance(io.StringIO(), io.TextIOBase), isinstance(io.BytesIO(), io.IOBase))
    print(repr(b).replace(d, "<dir>"), repr(raw).replace(d, "<dir>"),
          repr(t).replace(d, "<dir>"))

# Descriptors: open() of an int, pipes.
fd = os.open(q, os.O_RDONLY)
with open(fd) as f:
    print(repr(f.read()), f.name == fd)
rfd, wfd = os.pipe()
with open(wfd, "w") as w:
    w.write("through a pipe\n")
with open(rfd) as rf:
    print(repr(rf.read()), rf.seekable())
print(sorted(os.listdir(d)))
