# zlib: one-shot and streaming compression in every format (zlib, raw, gzip), levels,
# strategies, dictionaries, flush modes, copies, max_length and unconsumed_tail, checksums,
# and CPython's errors. Compressed bytes are zlib's own, so lengths and checksums match.
import zlib
c = zlib.compressobj(); x = c.compress(b'hello'*100); y = c.flush()
print(x, len(y), y)
for f in [lambda: c.compress(b'a'), lambda: c.flush(), lambda: c.copy(), lambda: c.flush(zlib.Z_NO_FLUSH)]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
d = zlib.decompressobj()
print(d.decompress(zlib.compress(b'abc')+b'extra'), d.unused_data, d.eof, d.unconsumed_tail)
print(d.decompress(b'more'), d.unused_data)
print(d.flush())
try: d.copy(); print('copy ok')
except Exception as e: print(type(e).__name__, e)
for f in [lambda: zlib.decompress(b'garbage'), lambda: zlib.decompress(zlib.compress(b'abc')[:-2]), lambda: zlib.compress(b'x', 10), lambda: zlib.compressobj(wbits=99), lambda: zlib.decompressobj(wbits=99), lambda: zlib.compress('str'), lambda: zlib.crc32('s'), lambda: zlib.decompress(b'x', bufsize=-1), lambda: zlib.decompressobj().decompress(b'x', -1), lambda: zlib.decompressobj().flush(0), lambda: zlib.compress(b'x', wbits=0), lambda: zlib.decompressobj(zdict=None)]:
  try: print(f())
  except Exception as e: print(type(e).__name__, e)
print(zlib.crc32(b'hello', -1), zlib.adler32(b'x', 2**40), zlib.crc32(b''), zlib.MAX_WBITS, zlib.DEF_BUF_SIZE, zlib.DEF_MEM_LEVEL)
print(type(zlib.compressobj()), type(zlib.decompressobj()), zlib.error.__module__, zlib.error.__mro__)
print([n for n in dir(zlib) if not n.startswith('_')])
data = bytes(range(256)) * 500 + b"the quick brown fox " * 3000
for level in range(1, 10):
    z = zlib.compress(data, level)
    print(level, len(z), zlib.crc32(z), zlib.decompress(z) == data)
for wbits in (9, 15, -15, 31, -9):
    z = zlib.compress(data, 6, wbits)
    print(wbits, len(z), zlib.adler32(z), zlib.decompress(z, wbits if wbits != 31 else 47) == data)
c = zlib.compressobj(6, zlib.DEFLATED, 15, 9, zlib.Z_FILTERED)
parts = [c.compress(data[i:i+1000]) for i in range(0, len(data), 1000)]
parts.append(c.flush(zlib.Z_SYNC_FLUSH)); parts.append(c.compress(b"tail")); parts.append(c.flush())
z = b"".join(parts); print(len(z), zlib.crc32(z), [len(p) for p in parts if p][:10])
d = zlib.decompressobj(); out = []; buf = z
while buf:
    out.append(d.decompress(buf, 4096)); buf = d.unconsumed_tail
out.append(d.flush()); print(b"".join(out) == data + b"tail", d.eof, len(out))
zd = b"the quick brown fox jumps"
c = zlib.compressobj(zdict=zd); z = c.compress(b"the quick brown fox jumps over") + c.flush()
print(z, zlib.decompressobj(zdict=zd).decompress(z))
try: zlib.decompress(z)
except zlib.error as e: print(e)
c2 = zlib.compressobj(); c2.compress(b"abc"); c3 = c2.copy(); print(c2.flush() == c3.flush())
