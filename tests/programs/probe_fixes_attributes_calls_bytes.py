# Differential-probe fixes: attribute storage (object() has no __dict__, __dict__ assignment,
# a property's AttributeError falls back to __getattr__), keyword arguments given twice
# through **, CPython's messages for bad integer arguments, bytes.hex separators,
# struct.pack_into, json.raw_decode, regexes at positions in long text, os._exit.
import json, os, re, struct, sys, types

try:
    object().x = 1
except AttributeError as e:
    print('AttributeError', e)
print(hasattr(object(), '__dict__'), hasattr(type('T', (), {})(), '__dict__'))

class A:
    pass
a = A(); a.y = 1
d = {'z': 2}
a.__dict__ = d
print(a.z, hasattr(a, 'y'), a.__dict__ is d, vars(a))
d['w'] = 3; a.v = 4
print(a.w, d)
for bad in [5, [('k', 1)], None]:
    try:
        a.__dict__ = bad
    except TypeError as e:
        print('TypeError', e)
class Slotted:
    __slots__ = ('p',)
try:
    Slotted().__dict__ = {}
except AttributeError as e:
    print('AttributeError', e)
class DictSub(dict):
    pass
b = A(); b.__dict__ = DictSub(q=9); print(b.q)
e = ValueError('x'); e.__dict__ = {'note': 1}; print(e.note)

class P:
    @property
    def v(self):
        raise AttributeError('inner')
    @property
    def ok(self):
        return 'ok'
    def __getattr__(self, name):
        return 'fallback ' + name
print(P().v, P().ok, P().missing)
class Q:
    @property
    def v(self):
        raise AttributeError('no fallback here')
try:
    Q().v
except AttributeError as e:
    print('AttributeError', e)
class R:
    __slots__ = ('s',)
    def __getattr__(self, name):
        return 'unset slot ' + name
print(R().s)
class G:
    def __getattr__(self, name):
        raise AttributeError('from getattr: ' + name)
try:
    G().zz
except AttributeError as e:
    print('AttributeError', e)

def f(**kw):
    return kw
class M:
    def m(self, **kw):
        return kw
calls = [
    lambda: f(**{'a': 1}, a=2), lambda: f(a=2, **{'a': 1}), lambda: f(**{'a': 1}, **{'a': 2}),
    lambda: M().m(**{'a': 1}, a=2), lambda: print(**{'sep': 1}, sep=2), lambda: f(**1),
    lambda: f(**{1: 2}), lambda: dict(**{'a': 1}, a=1), lambda: M(**{'x': 1}, x=2),
    lambda: f(*[1], **{'b': 1}, c=2), lambda: {**{'a': 1}, 'a': 2, **{'a': 3}},
]
for call in calls:
    try:
        print(call())
    except TypeError as e:
        print('TypeError', e)

for bad in [lambda: setattr(1, '__class__', str), lambda: setattr(1, '__class__', 5),
            lambda: [].insert('a', 1), lambda: sum([1], ''), lambda: sum([], b''),
            lambda: sum([], bytearray()), lambda: round(1.5, 'a'), lambda: round(2.675, 2 ** 70)]:
    try:
        print(bad())
    except TypeError as e:
        print('TypeError', e)
l = [1, 2]; l.insert(2 ** 40, 'end'); l.insert(-2 ** 40, 'start'); print(l)
try:
    l.insert(2 ** 80, 'x')
except OverflowError as e:
    print('OverflowError', e)
print(types.EllipsisType, types.NotImplementedType, types.CellType, type(...) is types.EllipsisType)

for data in [b'', b'a', b'abcde', bytes(range(7))]:
    for args in [(), (':',), ('-', 2), ('-', -2), (b'_', 3), (' ', 0)]:
        print(data.hex(*args), bytearray(data).hex(*args), memoryview(data).hex(*args))
for args in [('ab',), (1,), ('é',), (':', 'x')]:
    try:
        b'ab'.hex(*args)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)

buf = bytearray(8); struct.pack_into('<I', buf, 2, 7); print(buf)
s = struct.Struct('>hh'); s.pack_into(buf, -4, 1, -2); print(buf)
struct.pack_into('BB', memoryview(buf), 0, 9, 8); print(buf)
for args in [('<I', bytearray(4), 2, 1), ('<I', bytearray(4), -10, 1), ('<I', bytearray(4), -2, 1),
             ('<I', b'abcd', 0, 1), ('<I', bytearray(4), 5, 1), ('<I', bytearray(4), 0)]:
    try:
        struct.pack_into(*args)
    except (struct.error, TypeError) as e:
        print(type(e).__name__, e)

print(json.loads(bytearray(b'[1, {"a": null}]')), json.JSONDecoder().raw_decode('{"a":1} x'))
print(json.loads('"\\ud83d\\ude00"'), json.loads(b'\xef\xbb\xbf[2]'), json.dumps('é', ensure_ascii=False))
for bad in ['\ufeff[1]', '[1,]', '{"a" 1}']:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print('JSONDecodeError', e, e.pos)

text = ('é1ab' * 3000) + '€€xyz𝄞42'
digits = re.compile(r'\d+')
print(len(digits.findall(text)), digits.search(text, 11990).span(), digits.match(text, 1).span(),
      digits.match(text, 2), re.search('𝄞(\\d)', text).span(1))
print(sum(1 for i in range(1, 12000, 4) if digits.match(text, i)))

# Big ints as slice bounds and positions stand for "past the end" (CPython clamps them).
big = sys.maxsize
seq = [1, 2, 3]
print(seq[:big], 'abc'[1:big], seq[-big:2], (1, 2)[:2 ** 100], b'xyz'[-2 ** 70:], seq[::big],
      seq[::-big], bytearray(b'ab')[:big], memoryview(b'abc')[1:big].tobytes())
seq[big:] = [4]; seq[:-2 ** 80] = [0]; print(seq)
del seq[2 ** 90:]; del seq[:-big]; print(seq, seq.index(2, 0, big), [5, 6].index(6, -big))
print('abc'.find('b', 2 ** 62), 'abc'.find('b', -2 ** 62), 'abc'.count('', big), 'abc'.startswith('a', -big))
print(round(2 ** 62), round(-2 ** 70 - 5, -1), round(15 * 10 ** 20, -21), round(25 * 10 ** 20, -21),
      round(10 ** 30, 3), round(7 * 10 ** 25, -1000))

print('before _exit', flush=True)
try:
    os._exit(3)
finally:
    print('a finally block does not run')
