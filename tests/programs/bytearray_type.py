b = bytearray(b'hello')
print(b, len(b), b[0], b[-1], b[1:3], b[::-1], type(b[1:3]).__name__)
b.append(33); print(b)
b.extend(b' world'); print(b)
b.extend([65, 66]); print(b)
b.extend(x for x in range(48, 51)); print(b)
b.insert(0, 62); b.insert(-1, 60); b.insert(100, 61); print(b)
print(b.pop(), b.pop(0), b); b.remove(ord('o')); print(b)
b[0] = 72; b[-1] = 90; print(b)
b[1:3] = b'EE'; print(b)
b[1:3] = b''; print(b)
b[0:0] = [1, 2]; print(b)
b[::2] = bytes(len(b[::2])); print(b)
del b[0]; del b[::3]; del b[-2:]; print(b)
c = bytearray(b'abc'); c += b'def'; c += bytearray(b'!'); print(c)
c *= 2; print(c)
d = c; d += b'x'; print(c is d, c)
print(bytearray(), bytearray(3), bytearray([1, 2, 255]), bytearray('é', 'utf-8'), bytearray(b'x'))
print(bytearray(range(5)), bytearray(memoryview(b'ab')) if 'memoryview' in dir(__builtins__) else bytearray(b'ab'))
x = bytearray(b'  Hello World  ')
print(x.strip(), x.upper(), x.lower(), x.split(), x.replace(b'l', b'L'), x.find(b'o'), x.count(b'l'))
print(x.startswith(b'  H'), x.partition(b'o'), x.center(20, b'*'), bytearray(b',').join([b'a', bytearray(b'b')]))
print(bytearray(b'ab').hex(), bytearray.fromhex('61 62'), bytearray(b'abc').decode(), str(bytearray(b'xy'), 'ascii'))
print(b'ab' + bytearray(b'cd'), bytearray(b'ab') + b'cd', bytearray(b'ab') * 2, 3 * bytearray(b'z'))
print(bytearray(b'ab') == b'ab', b'ab' == bytearray(b'ab'), bytearray(b'a') < b'b', bytearray(b'b') >= bytearray(b'a'))
print(98 in bytearray(b'abc'), b'bc' in bytearray(b'abc'), bytearray(b'b') in b'abc')
print(list(bytearray(b'abc')), bytes(bytearray(b'q')), bool(bytearray()), bool(bytearray(b'\0')))
print(bytearray(b"it's"), bytearray(b'a"\'b'), repr(bytearray(b'\x00\xff\n')))
print(isinstance(bytearray(), bytearray), type(bytearray()).__name__, bytearray.__name__)
print(sorted(bytearray(b'cab')), max(bytearray(b'cab')), sum(bytearray(b'\x01\x02')))
print(int.from_bytes(bytearray(b'\x01\x00'), 'big'), bytearray(b'abc').index(98))
y = bytearray(b'abc'); z = y.copy(); z[0] = 0; print(y, z)
y.reverse(); print(y); y.clear(); print(y, len(y))
big = bytearray()
for i in range(20000):
    big.append(i & 255)
print(len(big), big[19999], sum(big) % 1000)
e = bytearray(b'xyz')
print(e.ljust(2), e.ljust(2) is e)
class BA(bytearray):
    pass
for stmt in ['hash(bytearray())', 'bytearray(b"x")[5]', 'bytearray(b"x")[5] = 1', 'del bytearray(b"x")[5]',
             'bytearray(b"x").append(256)', 'bytearray(b"x").append("a")', 'bytearray(b"x").extend(5)',
             'bytearray(b"x").extend("ab")', 'bytearray(b"x").remove(9)', 'bytearray().pop()',
             'bytearray(b"x").pop(5)', 'bytearray("x")', 'bytearray(3.0)', 'bytearray(b"x") + "y"',
             'bytearray(b"x")[0] = "a"', 'bytearray(b"abc")[::2] = b"xyz"', 'bytearray(b"a")[0:1] = 5',
             'bytearray(b"a")[0:1] = [300]', 'bytearray(b"a")[0:1] = "ab"', 'bytearray(1, 2, 3, 4)',
             '{bytearray(): 1}', 'bytearray(b"x").index(b"z")', 'bytes("x", "ascii", "strict", 1)',
             'bytes("x")', 'bytes(b"x", "utf-8")', 'bytes(errors="strict")', 'bytes(source=b"x", encoding="a")']:
    try:
        exec(stmt)
        print(stmt, 'ok')
    except Exception as ex:
        print(stmt, type(ex).__name__, ex)
print(bytes('é', 'latin-1'), bytes(source=b'x'), bytes('x', encoding='ascii'), bytes('é', 'ascii', 'replace'))
print(bytes(bytearray(b'ab')), bytes(3))
class BA(bytearray):
    def tag(self):
        return 'BA:' + self.decode()
s = BA(b'abc')
s.append(100)
print(s, s.tag(), len(s), s[0], isinstance(s, bytearray), s + b'!', s.upper())
s += b'ef'; print(s, type(s).__name__)
print(bytearray.append, type(bytearray.append).__name__, bytearray.__hash__)
print(bytearray.upper(bytearray(b'a')), BA.fromhex('41'), type(BA.fromhex('41')).__name__)
try:
    bytes.upper(bytearray(b'a'))
except TypeError as ex:
    print(ex)
ba = bytearray(b'0123456789')
ba[2:8:2] = b'abc'; print(ba)
ba[::-1] = bytes(reversed(ba)); print(ba)
del ba[1:9:3]; print(ba)
ba[100:] = b'end'; print(ba)
ba[-100:2] = b'START'; print(ba)
ba[5:2] = b'<>'; print(ba)
ba[:] = ba; print(ba)
print(ba.split(b'>'), ba.rsplit(maxsplit=1), ba.splitlines(), ba.rstrip(b'd'), ba.rjust(25, b'.'))
print(list(iter(bytearray(b'xy'))), [c for c in bytearray(b'hi')], bytearray(b'A').isupper(), bytearray(b'1').isdigit())
