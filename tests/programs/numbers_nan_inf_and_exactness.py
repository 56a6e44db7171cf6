# Floats and ints at their edges: NaN and infinities in round, %-formats, format() and
# math; float overflow; exact int/float comparison and hashing; int() and float() parsing.
import math
def t(f):
    try:
        print(repr(f()))
    except Exception as e:
        print(type(e).__name__, e)
nan, inf = float('nan'), float('inf')
t(lambda: round(nan)); t(lambda: round(inf)); t(lambda: round(nan, 2)); t(lambda: round(inf, 1))
t(lambda: '%d' % nan); t(lambda: '%d' % inf); t(lambda: '%x' % 3.0)
t(lambda: format(nan)); t(lambda: format(nan, '.2f')); t(lambda: format(inf, 'e')); t(lambda: f"{-inf:10.3f}|")
t(lambda: math.fmod(inf, 1)); t(lambda: math.fmod(1, 0)); t(lambda: math.fmod(5.5, 2))
t(lambda: 10.0 ** 400); t(lambda: 2.0 ** 10000); t(lambda: (-8.0) ** 400.0); t(lambda: pow(10.0, 400))
t(lambda: 2**53 + 1 == float(2**53 + 1)); t(lambda: 2**53 + 1 > float(2**53)); t(lambda: 10**400 < inf); t(lambda: 10**400 > 1e308)
t(lambda: hash(2**63) == hash(2.0**63)); t(lambda: hash(2**100) == hash(2.0**100)); t(lambda: hash(-2**70) == hash(-2.0**70))
t(lambda: hash(1.5)); t(lambda: hash(-1)); t(lambda: hash(inf)); t(lambda: hash(2**61-1)); t(lambda: hash(2**61)); t(lambda: hash(-2**64))
t(lambda: 10**400 == float('inf')); t(lambda: float(10**400)); t(lambda: int(nan)); t(lambda: int(inf))
t(lambda: 2**1000 / 3); t(lambda: (2**1000) // 3.0); t(lambda: divmod(2**100, 7.0)); t(lambda: 1e308 * 10)
t(lambda: int(' 12_3 ')); t(lambda: int('0x1f', 0)); t(lambda: int('1__2')); t(lambda: int('٣')); t(lambda: float(' 1_000.5 ')); t(lambda: float('1e1_0')); t(lambda: float('infinity')); t(lambda: float('-NaN')); t(lambda: float('1.5e')); t(lambda: int('0o17', 0)); t(lambda: int('017', 0)); t(lambda: int('0', 0)); t(lambda: int('00', 0))
t(lambda: math.floor(inf)); t(lambda: math.ceil(nan)); t(lambda: math.isqrt(-1)); t(lambda: math.sqrt(-1)); t(lambda: math.log(0)); t(lambda: math.exp(1000))
t(lambda: 1 / 0.0); t(lambda: 5 % 0.0); t(lambda: (-7) % 2.5); t(lambda: -7 // 2.5); t(lambda: 0.0 ** -1)
t(lambda: round(2.675, 2)); t(lambda: round(0.5)); t(lambda: round(1.5)); t(lambda: round(-0.5)); t(lambda: round(12345, -2)); t(lambda: round(1e300, -300))
t(lambda: {2**63: 'big'}[2.0**63]); t(lambda: {1.0: 'one'}[1]); t(lambda: len({2**70, 2.0**70, 1, 1.0, True}))
t(lambda: sorted([3, 2.5, 2**70, -1e30, 0, -2**80, 1e21])); t(lambda: 2**64 == 2.0**64); t(lambda: 2**64 + 1 == 2.0**64)
t(lambda: float(2**53 + 1) < 2**53 + 1); t(lambda: -inf < -10**400); t(lambda: nan == 5); t(lambda: nan != 2**100); t(lambda: 5 < nan)
t(lambda: max(1, 1.0)); t(lambda: min(2**70, 1e30)); t(lambda: 1e16 + 1 == 10**16 + 1)
t(lambda: round(2.5)); t(lambda: round(-1.5, 0)); t(lambda: round(123.456, -1)); t(lambda: round(-0.0)); t(lambda: round(1e20)); t(lambda: round(-2.5e300)); t(lambda: round(0.125, 2))
t(lambda: '%.2f|%5.1f|%-6.1e|' % (nan, inf, -inf)); t(lambda: f'{nan:+}|{inf:08.2f}|{-inf:E}|{nan:G}'); t(lambda: '%d %i' % (3.9, -2.5e20)); t(lambda: '%o' % 2.0)
t(lambda: 1.5 ** 2000.5); t(lambda: (-2.0) ** 3); t(lambda: 2.0 ** -2000); t(lambda: 10 ** -400); t(lambda: 1e300 ** 2)
t(lambda: int('-0b_101', 0)); t(lambda: int('_12')); t(lambda: int('12_')); t(lambda: int('0_0', 0)); t(lambda: int('  -7  ')); t(lambda: int('z', 36)); t(lambda: int('١٢٣'))
t(lambda: float('-1_2.5_0e-1_0')); t(lambda: float('1._5')); t(lambda: float('.5')); t(lambda: float('5.')); t(lambda: float('+Infinity')); t(lambda: float('infinit')); t(lambda: float('١.٥'))
