# array.array: construction, typecodes, indexing, slicing, operators, methods.
import array
import copy

print(array.typecodes, array.ArrayType is array.array)
print(array.array, array.array.__name__, array.array.__module__, array.array.__qualname__)

for tc in array.typecodes:
    if tc == 'u':
        a = array.array(tc, 'hello')
    elif tc in 'fd':
        a = array.array(tc, [1.5, -2.25, 3.0])
    elif tc in 'BHILQ':
        a = array.array(tc, [0, 1, 200])
    else:
        a = array.array(tc, [-1, 0, 100])
    print(tc, a.typecode, a.itemsize, len(a), a, a.tolist(), list(a), a.tobytes().hex())

# Bounds of every integer type code.
bounds = {'b': (-128, 127), 'B': (0, 255), 'h': (-32768, 32767), 'H': (0, 65535),
          'i': (-2**31, 2**31 - 1), 'I': (0, 2**32 - 1), 'l': (-2**63, 2**63 - 1),
          'L': (0, 2**64 - 1), 'q': (-2**63, 2**63 - 1), 'Q': (0, 2**64 - 1)}
for tc, (lo, hi) in bounds.items():
    a = array.array(tc, [lo, hi])
    print(tc, a, a[0] == lo, a[1] == hi, array.array(tc, a.tobytes()) == a)

# Initializers.
print(array.array('b', b'\x01\xff'), array.array('h', bytearray(b'\x01\x00\x02\x00')))
print(array.array('d', array.array('i', [1, 2])), array.array('i', (x * x for x in range(5))))
print(array.array('u', 'abc'), array.array('u', ['x', 'y']), array.array('i', range(3)))
print(array.array('d'), array.array('u'), repr(array.array('i')))
print(array.array('f', [0.1, 1e40, -1e40]), array.array('d', [float('nan'), float('inf')]))
print(array.array('b', [True, False]), array.array('d', [1, 2**60]))

class Idx:
    def __index__(self):
        return 7
class Flt:
    def __float__(self):
        return 2.5
print(array.array('i', [Idx()]), array.array('d', [Flt(), Idx()]))

# Indexing and slicing.
a = array.array('i', range(10))
print(a[0], a[-1], a[3], a[Idx()], a[2:5], a[::3], a[::-2], a[-3:], a[5:2], a[100:])
a[0] = 100
a[-1] = -100
a[Idx()] = 77
print(a)
a[1:3] = array.array('i', [11, 22, 33, 44])
print(a)
a[::2] = array.array('i', [0] * len(a[::2]))
print(a)
a[2:2] = array.array('i', [9, 9])
print(a)
del a[0]
del a[-2:]
del a[::3]
print(a, len(a))
a[len(a):] = array.array('i', [5])
print(a)

# Operators.
a = array.array('h', [1, 2, 3])
b = array.array('h', [4, 5])
print(a + b, a * 3, 2 * b, a * 0, a * -1)
c = a
c += b
print(c, a, c is a)
c *= 2
print(a)
print(1 in a, 9 in a, 2.0 in a, 'x' in a)
print(bool(array.array('i')), bool(array.array('i', [0])))

# Comparisons, also between type codes.
x = array.array('i', [1, 2, 3])
print(x == array.array('i', [1, 2, 3]), x != array.array('i', [1, 2, 3]))
print(x == array.array('d', [1.0, 2.0, 3.0]), x == array.array('b', [1, 2]))
print(x < array.array('i', [1, 2, 4]), x < array.array('i', [1, 2]), x <= x, x > array.array('Q', [0]))
print(x >= array.array('f', [1.0, 2.0, 3.0]), array.array('u', 'ab') < array.array('u', 'b'))
print(x == [1, 2, 3], x != (1, 2, 3))
n = array.array('d', [float('nan')])
print(n == n, n != n, n < n)

# Methods.
a = array.array('l', [5, 1, 4])
a.append(2)
a.extend([7, 8])
a.extend(array.array('l', [9]))
a.extend(x for x in (10, 11))
a.insert(0, 0)
a.insert(-1, 42)
a.insert(100, 99)
a.insert(-100, -99)
print(a)
print(a.pop(), a.pop(0), a.pop(-2), a)
a.remove(4)
print(a, a.index(9), a.index(1), a.count(7), a.count(123))
a.extend([1, 1])
print(a.index(1, 2), a.index(1, -2), a.index(1, 0, 10), a.count(1))
a.reverse()
print(a)
w = array.array('H', [1, 256, 0x1234])
w.byteswap()
print(w)
w.byteswap()
print(w, w.buffer_info()[1], type(w.buffer_info()[0]).__name__)
f = array.array('f')
f.frombytes(array.array('f', [1.0, 2.0]).tobytes())
f.fromlist([3.5, 4])
print(f, f.tolist())
u = array.array('u', 'hello')
u.fromunicode(' world')
print(u, u.tounicode(), u[0], u[-1], u[1:3])
u[0] = 'H'
print(u.tounicode())

# Copies.
a = array.array('i', [1, 2, 3])
b = copy.copy(a)
c = copy.deepcopy(a)
d = a.__copy__()
b.append(4)
print(a, b, c, d, a == c, a is c)
print(a.__reduce_ex__(2))

# Iteration.
total = 0
for v in array.array('d', [0.5, 1.5, 2.0]):
    total += v
print(total, sum(array.array('i', range(100))), max(array.array('b', [3, -9, 7])))
print(sorted(array.array('i', [3, 1, 2])), list(reversed(array.array('i', [1, 2, 3]))))
print(list(enumerate(array.array('u', 'ab'))), [x * 2 for x in array.array('B', [1, 2])])
it = iter(array.array('i', [1, 2]))
print(next(it), next(it), next(it, 'done'))
