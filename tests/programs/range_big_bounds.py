# range with bounds past the machine ints: sys.maxsize idioms, 2**64, slicing, membership,
# iteration (longrange_iterator), hashing/equality, len() OverflowError, bad arguments.
import sys
r = range(sys.maxsize)
print(r, len(r), r[-1], list(r[:3]), sys.maxsize - 1 in r)
for i in range(1, sys.maxsize):
    if i > 3: break
print(i, range(-sys.maxsize, sys.maxsize, 2**40)[3])
print(2**61, range(2**61 - 2, 2**61 + 2)[3], list(range(2**61 - 2, 2**61 + 2)))
r = range(2**62, 2**62+10, 3)
print(r, len(r), r[1], list(r), r.start, r.stop, r.step)
print(len(range(2**63 - 1)), range(2**64)[5], range(2**64)[-1])
print(2**70 in range(2**71), range(0, 2**70, 2**60).index(2**61), (2**70 + 1) in range(0, 2**71, 2))
print(range(2**64)[2**63:2**63 + 5], range(10**20, 0, -7)[::-2][:3], list(range(10**20, 0, -10**19)))
print(hash(range(2**64)) == hash(range(0, 2**64, 1)), range(2**64) == range(0, 2**64), range(5, 5) == range(7, 3))
try:
    len(range(2**64))
except OverflowError as e:
    print("OverflowError", e)
it = iter(range(2**64, 2**64 + 3)); print(type(it).__name__, list(it))
print(list(reversed(range(2**62, 2**62 + 3))), list(reversed(range(3))))
print(3.0 in range(5), 2.5 in range(5), 10.0**30 in range(0, 10**31, 10**29), range(3).count(1.0), range(5).index(True))
for bad in ((1.5,), ("a",), (1, 2, 0), ()):
    try:
        range(*bad)
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
try:
    range(10)[2**64]
except IndexError as e:
    print("IndexError", e)
print(repr(range(True)), range(-2**63, 2**63, 2**62), list(range(2**63 - 3, 2**63)))
print(sum(range(2**62, 2**62 + 100)), max(range(-5, 2**63, 2**61)), sorted(range(3, -2**63, -2**62)))
print(bool(range(2**64, 0)), bool(range(2**64)), range(0, 2**64, 2**62)[1:3])
