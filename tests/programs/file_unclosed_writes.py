# A file written and never closed: its data is on disk when the program opens the path
# again (CPython flushes it when its last reference goes; hotpy before the next open).
import os
import tempfile

d = tempfile.mkdtemp()
p = os.path.join(d, "a.txt")
open(p, "w").write("hi\n")
print(repr(open(p).read()))
open(p, "a").write("more\n")
print(repr(open(p).read()))
q = os.path.join(d, "b.bin")
open(q, "wb").write(b"xyz")
print(open(q, "rb").read())
with open(p) as f:
    print(f.readlines())
os.remove(p)
os.remove(q)
os.rmdir(d)
