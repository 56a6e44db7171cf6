# array.array against list under random slicing and mutation (a fixed seed): the array
# must hold what a list of the same items holds after each step.
import array
import random

rng = random.Random(22)
codes = 'bBhHiIlLqQfdu'


def item(tc):
    if tc == 'u':
        return rng.choice('abcxyz')
    if tc in 'fd':
        return rng.choice([0.5, -1.25, 3.0, 1e10, 0.0])
    if tc in 'BHILQ':
        return rng.randrange(0, 200)
    return rng.randrange(-100, 100)


def bound():
    return rng.choice([None, 0, 1, 2, -1, -2, 5, -7, 100, -100])


def step():
    return rng.choice([None, 1, 2, 3, -1, -2, -3])


mismatches = 0
for round_ in range(120):
    tc = rng.choice(codes)
    ref = [item(tc) for _ in range(rng.randrange(0, 9))]
    a = array.array(tc, ref)
    for _ in range(6):
        op = rng.randrange(9)
        s = slice(bound(), bound(), step())
        try:
            if op == 0:
                got, want = a[s].tolist(), ref[s]
            elif op == 1:
                del a[s]
                del ref[s]
            elif op == 2:
                new = [item(tc) for _ in range(len(ref[s]) if s.step not in (None, 1) else rng.randrange(0, 4))]
                a[s] = array.array(tc, new)
                ref[s] = new
            elif op == 3:
                i = rng.randrange(-len(ref) - 2, len(ref) + 2)
                x = item(tc)
                a.insert(i, x)
                ref.insert(i, x)
            elif op == 4 and ref:
                i = rng.randrange(-len(ref), len(ref))
                assert a.pop(i) == ref.pop(i)
            elif op == 5:
                a.reverse()
                ref.reverse()
            elif op == 6:
                n = rng.randrange(0, 3)
                a *= n
                ref *= n
            elif op == 7:
                x = item(tc)
                assert a.count(x) == ref.count(x)
                assert (x in a) == (x in ref)
            elif op == 8 and ref:
                i = rng.randrange(-len(ref), len(ref))
                x = item(tc)
                a[i] = x
                ref[i] = x
        except ValueError as e:
            print('ValueError', round_, e)
        if a.tolist() != ref:
            mismatches += 1
            print('mismatch', round_, tc, a, ref)
            ref = a.tolist()
print('rounds', round_ + 1, 'mismatches', mismatches)
print(a, ref)
