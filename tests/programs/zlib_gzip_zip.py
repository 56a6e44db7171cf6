# gzip, zipfile and gzip.open text files over hotpy's zlib.
# e2e: not under GC stress
import gzip, zlib, io, zipfile, os, tempfile
data = b"".join(b"line %d of the log: status=%s\n" % (i, b"ok" if i % 7 else b"fail") for i in range(5000))
g = gzip.compress(data, mtime=0)
print(len(g), zlib.crc32(g), gzip.decompress(g) == data)
buf = io.BytesIO()
with gzip.GzipFile(fileobj=buf, mode="wb", mtime=0) as f:
    for i in range(0, len(data), 4096):
        f.write(data[i:i+4096])
print(len(buf.getvalue()))
buf.seek(0)
with gzip.GzipFile(fileobj=buf) as f:
    lines = f.readlines()
print(len(lines), lines[3], sum(1 for l in lines if b"fail" in l))
zb = io.BytesIO()
with zipfile.ZipFile(zb, "w", zipfile.ZIP_DEFLATED) as z:
    z.writestr(zipfile.ZipInfo("a.txt", (2020, 1, 1, 0, 0, 0)), data)
    z.writestr(zipfile.ZipInfo("b.txt", (2020, 1, 1, 0, 0, 0)), b"hello")
print(len(zb.getvalue()))
with zipfile.ZipFile(zb) as z:
    print(z.namelist(), [i.compress_size for i in z.infolist()], z.read("a.txt") == data, z.testzip())
d = tempfile.mkdtemp()
p = os.path.join(d, "x.gz")
with gzip.open(p, "wt", encoding="utf-8") as f:
    f.write("héllo\nwörld\n" * 100)
with gzip.open(p, "rt", encoding="utf-8") as f:
    print(f.readline(), len(f.read()))
try:
    gzip.decompress(b"not gzip data")
except gzip.BadGzipFile as e:
    print("BadGzipFile", e)
try:
    gzip.decompress(g[:-10])
except EOFError as e:
    print("EOFError", e)
os.remove(p); os.rmdir(d)
