# array.array: CPython's exceptions and messages.
import array


def attempt(label, f):
    try:
        r = f()
    except Exception as e:
        print(label, '->', type(e).__name__ + ':', e)
    else:
        print(label, '=', r)


# Overflow of each integer type code, at and past each C type's range.
values = [2**70, -2**70, 2**7, -2**7 - 1, 2**8, -1, 2**15, -2**15 - 1, 2**16, 2**31,
          -2**31 - 1, 2**32, 2**63, -2**63 - 1, 2**64]
for tc in 'bBhHiIlLqQ':
    for v in values:
        try:
            array.array(tc, [v])
        except OverflowError as e:
            print(tc, v, e)

# Wrong item types.
for tc in array.typecodes:
    for v in (3.5, 'x', None, b'a', 'ab', 1):
        try:
            array.array(tc, [v])
        except (TypeError, OverflowError) as e:
            print(tc, repr(v), type(e).__name__, e)
attempt('float from huge int', lambda: array.array('d', [2**2000]))
attempt('float overflow', lambda: array.array('f', [1e300]))

# Constructor.
attempt('bad typecode', lambda: array.array('x'))
attempt('two chars', lambda: array.array('ii'))
attempt('int typecode', lambda: array.array(1))
attempt('no args', lambda: array.array())
attempt('three args', lambda: array.array('i', [], 1))
attempt('keyword', lambda: array.array('i', initializer=[1]))
attempt('str for i', lambda: array.array('i', 'abc'))
attempt('int initializer', lambda: array.array('i', 5))
attempt('odd bytes', lambda: array.array('h', b'\x01'))
attempt('unicode array for i', lambda: array.array('i', array.array('u', 'a')))
attempt('float array for i', lambda: array.array('i', array.array('d', [1.5])))
attempt('empty i for u', lambda: array.array('u', array.array('i')))

a = array.array('i', [1, 2, 3])
attempt('pop out of range', lambda: a.pop(10))
attempt('pop -10', lambda: a.pop(-10))
attempt('pop empty', lambda: array.array('i').pop())
attempt('pop empty 0', lambda: array.array('i').pop(0))
attempt('remove missing', lambda: a.remove(9))
attempt('index missing', lambda: a.index(9))
attempt('index after start', lambda: a.index(1, 1))
attempt('index bad start', lambda: a.index(1, 'x'))
attempt('getitem', lambda: a[5])
attempt('getitem -4', lambda: a[-4])
attempt('getitem str', lambda: a['x'])
attempt('getitem float', lambda: a[1.0])
attempt('setitem', lambda: a.__setitem__(5, 1))
attempt('setitem str index', lambda: a.__setitem__('x', 1))
attempt('setitem str value', lambda: a.__setitem__(0, 'x'))
attempt('setitem overflow', lambda: a.__setitem__(0, 2**40))
attempt('delitem', lambda: a.__delitem__(7))
attempt('frombytes odd', lambda: a.frombytes(b'123'))
attempt('frombytes str', lambda: a.frombytes('abc'))
attempt('fromunicode on i', lambda: a.fromunicode('x'))
attempt('fromunicode int', lambda: array.array('u').fromunicode(3))
attempt('tounicode on i', lambda: a.tounicode())
attempt('add other typecode', lambda: a + array.array('d'))
attempt('add list', lambda: a + [1])
attempt('mul str', lambda: a * 'x')
attempt('mul float', lambda: a * 1.5)
attempt('hash', lambda: hash(a))
attempt('set member', lambda: {a})
attempt('extended slice size', lambda: a.__setitem__(slice(0, 3, 2), array.array('i', [1])))
attempt('slice from list', lambda: a.__setitem__(slice(0, 2), [1]))
attempt('slice other typecode', lambda: a.__setitem__(slice(0, 2), array.array('d', [1])))
attempt('extend other typecode', lambda: a.extend(array.array('d')))
attempt('extend int', lambda: a.extend(3))
attempt('extend bad item', lambda: a.extend([4, 'x']))
attempt('fromlist tuple', lambda: a.fromlist((1,)))
attempt('fromlist bad', lambda: a.fromlist([4, 'x']))
print('after failed extends', a)
attempt('insert str', lambda: a.insert('x', 1))
attempt('insert one arg', lambda: a.insert(1))
attempt('lt int', lambda: a < 3)
attempt('lt list', lambda: a < [1])
attempt('append str', lambda: a.append('x'))
attempt('append float', lambda: a.append(1.5))
attempt('append d str', lambda: array.array('d').append('x'))
attempt('append u long', lambda: array.array('u').append('ab'))
attempt('count no args', lambda: a.count())
attempt('byteswap arg', lambda: a.byteswap(1))
attempt('tolist arg', lambda: a.tolist(1))
attempt('iadd list', lambda: a.__iadd__([1]))
attempt('fromfile not file', lambda: a.fromfile(1, 2))
attempt('tofile not file', lambda: a.tofile(1))
attempt('unknown attribute', lambda: a.nothing)
attempt('typecode readonly', lambda: setattr(a, 'typecode', 'd'))
attempt('mixed u compare', lambda: array.array('u', 'a') < array.array('i', [1]))
print('eq u and i', array.array('u', 'a') == array.array('i', [1]))


def augmented_list():
    b = array.array('i')
    b += [1]


def augmented_str():
    b = array.array('i')
    b *= 'x'


attempt('+= list', augmented_list)
attempt('*= str', augmented_str)
print(a)
