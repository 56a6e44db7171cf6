# Sequences repeated by counts past hotpy's small ints: CPython's MemoryError, OverflowError
# or empty result, and MemoryError caught by except/finally.
def t(f):
    try:
        r = f()
        print(type(r).__name__, repr(r)[:30])
    except Exception as e:
        print(type(e).__name__, str(e)[:60])
t(lambda: 'x' * (2**62)); t(lambda: [0] * (2**62)); t(lambda: (1,) * (2**62)); t(lambda: b'x' * (2**62)); t(lambda: (2**62) * 'ab')
t(lambda: '' * 2**62); t(lambda: [] * 2**70); t(lambda: 'x' * -2**70); t(lambda: 'x' * 2**70); t(lambda: (2**64) * [1]); t(lambda: () * (2**63 - 1))
try:
    x = [0] * (2**62)
except MemoryError:
    print('caught')
finally:
    print('finally')
t(lambda: b'ab' * 2**62); t(lambda: [1, 2] * 2**62); t(lambda: (1, 2) * 2**62)
