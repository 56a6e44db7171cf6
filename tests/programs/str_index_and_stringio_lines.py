# Characters of long strings by index and by iteration (ASCII and not), len(), and a
# e2e: not under GC stress
# StringIO written line by line and read back by lines in every newline mode. These were
# quadratic in hotpy (each access copied the whole string); the program checks results.
import io

text = "".join(chr(97 + (i * 7) % 26) for i in range(60000))
print(len(text), sum(ord(text[i]) for i in range(0, len(text), 3)), text[-1], text[-60000])
counts = {}
for c in text:
    counts[c] = counts.get(c, 0) + 1
print(sorted(counts.items())[:5])
wide = "é€" * 20000 + "x"
print(len(wide), wide[0], wide[1], wide[-1], wide[39999], sum(1 for c in wide if c == "€"))
for bad in (len(text), -len(text) - 1):
    try:
        text[bad]
    except IndexError as e:
        print("IndexError", e)

out = io.StringIO()
for i in range(20000):
    out.write("row %d,%s\n" % (i, "é" * (i % 3)))
value = out.getvalue()
print(len(value), value.count("\n"), out.tell())
rows = [line.rstrip("\n").split(",") for line in io.StringIO(value)]
print(len(rows), rows[0], rows[-1])
for newline in (None, "", "\n", "\r", "\r\n"):
    f = io.StringIO("a\r\nb\rc\nd\n\ne", newline=newline)
    print(repr(newline), list(f), repr(f.getvalue()))
    f.seek(0)
    print([f.readline(1), f.readline(), f.readline(2), f.readline(), f.tell()])
    f.seek(0)
    f.write("XY")
    print(repr(f.readline()), repr(f.read()), f.tell())
    f.seek(3)
    f.write("Q")
    f.seek(0)
    print(f.readlines())
b = io.BytesIO(b"one\ntwo\r\nthree")
print(list(b), b.tell())
b.seek(4)
print(b.readline(2), b.readline(), b.readline(), b.readline())
b.seek(20)
b.write(b"z")
print(b.getvalue())
s = io.StringIO()
s.write("abc"); s.seek(1); s.write("Z"); s.seek(0, 2); s.write("end")
print(s.getvalue(), s.tell())
s.truncate(2)
print(repr(s.getvalue()), s.tell(), repr(s.readline()))
s.write("w")
print(repr(s.getvalue()))
