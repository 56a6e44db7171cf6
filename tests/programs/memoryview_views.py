b = bytearray(b'hello world')
m = memoryview(b)
print(len(m), m[0], m[-1], m.nbytes, m.readonly, m.format, m.itemsize, m.ndim, m.shape, m.strides, m.obj is b)
print(m[1:4].tobytes(), m[::2].tobytes(), m[::-1].tobytes(), m[1:4].tolist(), bytes(m[6:]))
m[0] = ord('J'); print(b)
m[6:11] = b'WORLD'; print(b)
s = m[::2]; s[0] = 120; print(b, s.contiguous, m.contiguous)
b[1] = 69; print(m[1], m.tobytes())
ro = memoryview(b'abc')
print(ro.readonly, ro == b'abc', ro == memoryview(b'abc'), ro != b'abd', hash(ro) == hash(b'abc'), list(ro))
for stmt in ['ro[0] = 1', 'm[0] = 300', 'm[0] = "a"', 'm[0:2] = b"xyz"', 'm[100]', 'memoryview("x")', 'memoryview(5)',
             'hash(m)', 'm.cast("Z")', 'del m[0]']:
    try:
        exec(stmt)
        print(stmt, 'ok')
    except Exception as e:
        print(stmt, type(e).__name__, e)
ints = memoryview(bytes(range(8))).cast('I')
print(ints.tolist(), ints.format, ints.itemsize, len(ints), ints.nbytes, ints[1], ints.cast('B')[:3].tolist())
print(memoryview(b'\x01\x00\xff\xff').cast('h').tolist(), memoryview(b'ab').cast('c').tolist())
with memoryview(b'xyz') as v:
    print(v.tobytes(), v.hex())
print('released' in repr(v))
try:
    v.tobytes()
except ValueError as e:
    print(e)
print(b''.join([memoryview(b'a'), b'b']), bytearray(memoryview(b'qq')))
import base64, struct
print(base64.b64encode(memoryview(b'data')), struct.unpack('<H', memoryview(b'\x01\x02')))
print(bytes(memoryview(b'abcdef')[1::2]), memoryview(b'').tolist(), bool(memoryview(b'')))
import io
bio = io.BytesIO(b'12345')
print(bytes(bio.getbuffer()) if hasattr(bio, 'getbuffer') else b'12345')
print(type(m).__name__, isinstance(m, memoryview))
