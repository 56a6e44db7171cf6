# array.array with the buffer users (bytes, bytearray, memoryview, struct, files) and
# Python subclasses.
import array
import io
import os
import struct
import tempfile

a = array.array('i', [1, -2, 3])
print(bytes(a), bytearray(a), len(bytes(array.array('d', [1.0]))))
m = memoryview(a)
print(m.format, m.itemsize, m.nbytes, len(m), m.readonly, m.tolist(), m[1], m[-1])
m[0] = 100
print(a, m.tobytes() == a.tobytes())
a[1] = 7
print(m[1], m.tolist())
b = m.cast('B')
print(b.format, len(b), b[0], b.tolist()[:4])
b[4] = 8
print(a)
print(m[1:].tolist(), m[::2].tolist())
for tc in 'bBhHiIlLqQfd':
    v = memoryview(array.array(tc, [1, 2]))
    print(tc, v.format, v.itemsize, v.tolist())

# struct over an array's bytes.
h = array.array('h', [1, 2, 3, -4])
print(struct.unpack('<4h', h), struct.unpack('<4h', h.tobytes()), struct.unpack_from('<h', h, 2))
packed = struct.pack('<3d', 1.5, 2.5, 3.5)
d = array.array('d')
d.frombytes(packed)
print(d, struct.calcsize('d') == d.itemsize)
d2 = array.array('d', packed)
print(d2 == d)
ba = bytearray(struct.pack('<2i', 5, 6))
print(array.array('i', ba))

# Files.
buf = io.BytesIO()
array.array('H', [1, 2, 65535]).tofile(buf)
print(buf.getvalue())
buf.seek(0)
r = array.array('H')
r.fromfile(buf, 2)
print(r)
try:
    r.fromfile(buf, 5)
except EOFError as e:
    print('EOFError', e, r)
with tempfile.TemporaryDirectory() as tmp:
    path = os.path.join(tmp, 'data.bin')
    with open(path, 'wb') as f:
        array.array('d', [0.25, 0.5, 0.75]).tofile(f)
    print(os.path.getsize(path))
    with open(path, 'rb') as f:
        back = array.array('d')
        back.fromfile(f, 3)
    print(back)
    with open(path, 'rb') as f:
        back = array.array('d')
        try:
            back.fromfile(f, 4)
        except EOFError as e:
            print('EOFError', e, back)


# Subclasses.
class Vector(array.array):
    def norm2(self):
        return sum(x * x for x in self)

    def scaled(self, k):
        return Vector(self.typecode, [x * k for x in self])


v = Vector('d', [3.0, 4.0])
print(v, v.norm2(), v.scaled(2), type(v.scaled(2)).__name__, len(v), v[0], v[-1])
print(isinstance(v, array.array), issubclass(Vector, array.array), type(v) is Vector)
v.append(12.0)
print(v, v.norm2(), v.typecode, v.itemsize, v.tolist(), list(v), v[1:])
print(v == array.array('d', [3.0, 4.0, 12.0]), v + array.array('d', [1.0]))
v[0] = 0.0
del v[1]
print(v, 12.0 in v, bytes(v) == v.tobytes())
v += array.array('d', [1.0])
print(v, type(v).__name__)


class Named(array.array):
    def __new__(cls, typecode, items, name):
        self = super().__new__(cls, typecode, items)
        self.name = name
        return self

    def __init__(self, typecode, items, name):
        self.label = name.upper()

    def __repr__(self):
        return f'{self.name}:{self.tolist()}'


n = Named('b', [1, 2], 'small')
print(n, n.name, n.label, n[0], len(n), n.typecode)
n.extend([3])
print(n, str(n))


class Counting(array.array):
    appended = 0

    def append(self, x):
        Counting.appended += 1
        super().append(x)

    def __getitem__(self, i):
        return ('item', super().__getitem__(i))


c = Counting('i')
for i in range(3):
    c.append(i)
print(c, Counting.appended, c[1], array.array.__getitem__(c, 2), c.tolist())

try:
    Vector('d', [1.0], 'extra')
except TypeError as e:
    print('TypeError', e)

# Pickling (round trips under every protocol; a subclass keeps its class and attributes).
import pickle

for proto in range(pickle.HIGHEST_PROTOCOL + 1):
    for original in (array.array('i', [1, -2, 3]), array.array('u', 'hé'), array.array('d')):
        back = pickle.loads(pickle.dumps(original, proto))
        assert back == original and back.typecode == original.typecode, (proto, original)
tagged = Vector('d', [1.5, 2.5])
tagged.tag = 'kept'
back = pickle.loads(pickle.dumps(tagged))
print(back, type(back).__name__, back.tag, back.norm2())
print(pickle.loads(pickle.dumps([array.array('b', [1]), array.array('Q', [2**64 - 1])])))

# Functions that read any object exporting bytes.
import hashlib

h2 = array.array('h', [1, 2])
print(b'-'.join([h2, b'x']), int.from_bytes(h2, 'little'), hashlib.md5(h2).hexdigest())
grow = bytearray(b'x')
grow += h2
grow.extend(array.array('B', [65]))
print(grow, io.BytesIO().write(h2), h2.tobytes() == h2, h2 == h2.tobytes())
