# Sizes past the machine's memory or an index-sized integer, given as big ints: CPython's
# MemoryError or OverflowError (never a TypeError or an abort), and %-format '*' widths.
def t(f):
    try:
        r = f()
        print(type(r).__name__, len(r) if hasattr(r, '__len__') else r)
    except Exception as e:
        print(type(e).__name__, str(e)[:60])
t(lambda: 'x' * (2**62)); t(lambda: [0] * (2**62)); t(lambda: (1,) * (2**62)); t(lambda: b'x' * (2**62))
t(lambda: 'ab'.replace('a', 'a' * 2**40)); t(lambda: 'a\tb'.expandtabs(2**62)); t(lambda: 'x'.center(2**62)); t(lambda: 'x'.ljust(2**62)); t(lambda: 'x'.zfill(2**62))
t(lambda: '{:>{w}}'.format('x', w=2**62)); t(lambda: f"{'x':>{2**62}}"); t(lambda: '%*d' % (2**62, 1)); t(lambda: (1).to_bytes(2**62, 'big'))
try:
    x = [0] * (2**62)
except MemoryError:
    print('caught')
finally:
    print('finally')
t(lambda: ','.join(['ab'] * 10**5)); t(lambda: bytes(2**62)); t(lambda: bytes(-2**70)); t(lambda: (5).to_bytes(2**70, 'big')); t(lambda: 'x'.center(2**70))
t(lambda: '%*d|' % (5, 42)); t(lambda: '%-*d|' % (5, 42)); t(lambda: '%*d|' % (-5, 42)); t(lambda: '%.*f|' % (2, 3.14159)); t(lambda: '%*.*f|' % (8, 3, 2.5))
t(lambda: '%*s|' % (4, 'ab')); t(lambda: '%*d' % ('x', 1)); t(lambda: '%*d' % (5,)); t(lambda: '%0*d' % (6, -42)); t(lambda: '%*d' % (2**62, 1)); t(lambda: '%*d' % (2**70, 1)); t(lambda: '%.*s|' % (1, 'abc'))
