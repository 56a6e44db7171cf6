# io.StringIO and io.BytesIO (reads, writes in place, seek/tell/truncate, lines, closing,
# errors), print(file=...) and print to a replaced sys.stdout (write called per piece).
import io
import sys

s = io.StringIO("hello\nworld\n")
print(repr(s.read(3)), s.tell(), repr(s.readline()), repr(s.readline()), repr(s.readline()))
s.seek(0)
print(s.readlines(), s.seek(0, 2), s.tell())
s.write("more")
print(repr(s.getvalue()))
s.seek(2)
s.write("XY")
print(repr(s.getvalue()), s.tell())
s.seek(30)
s.write("!")
print(repr(s.getvalue()))
print(s.truncate(5), repr(s.getvalue()), s.tell())
for line in io.StringIO("a\nb\nc"):
    print(repr(line))
for bad in [lambda: s.write(5), lambda: s.seek(-1), lambda: s.seek(1, 1),
            lambda: io.StringIO(b"x"), lambda: s.seek(0, 3)]:
    try:
        bad()
    except (TypeError, ValueError, OSError) as e:
        print(type(e).__name__, e)
s.close()
print(s.closed)
try:
    s.getvalue()
except ValueError as e:
    print('ValueError', e)
with io.StringIO() as t:
    t.write("x")
print(t.closed)
print(repr(io.StringIO("a\r\nb", newline=None).getvalue()))

b = io.BytesIO(b"abc\ndef")
print(b.read(2), b.readline(), b.read(), b.read(), b.tell())
b.seek(1)
b.write(b"ZZ")
print(b.getvalue(), b.seek(-2, 2), b.read())
b.seek(10)
b.write(b"!")
print(b.getvalue(), list(io.BytesIO(b"x\ny")))
try:
    b.write("text")
except TypeError as e:
    print('TypeError', e)
print(isinstance(b, io.BufferedIOBase), isinstance(io.StringIO(), io.TextIOBase),
      isinstance(sys.stdout, io.TextIOBase), isinstance(b, io.IOBase))

buf = io.StringIO()
print("to", "buffer", sep="-", end="!\n", file=buf)
print(repr(buf.getvalue()))
old = sys.stdout
sys.stdout = io.StringIO()
print("captured", 1, 2)
print()
captured = sys.stdout.getvalue()
sys.stdout = old
print(repr(captured))

class Pieces:
    def __init__(self):
        self.parts = []
    def write(self, text):
        self.parts.append(text)
p = Pieces()
sys.stdout = p
print("a", 2, None, sep=", ")
sys.stdout = sys.__stdout__
print(p.parts, io.SEEK_END, io.DEFAULT_BUFFER_SIZE > 0)
sys.stdout = None
print("nowhere")
sys.stdout = old
print("back")
