# Sets print in CPython's table order, which depends on how each operation builds the
# table: |, |=, update(), set(dict), copies, {*a, *b}, dict-view operators, discards.
import random

random.seed(5)


def mk(n, hi=100):
    return [random.randint(0, hi) for _ in range(n)]


out = []
for trial in range(40):
    a = set(mk(random.randint(0, 12)))
    b = set(mk(random.randint(0, 12)))
    for x in mk(random.randint(0, 5)):
        a.discard(x)
    out.append(list(a | b)); out.append(list(a & b)); out.append(list(a - b)); out.append(list(a ^ b))
    c = set(a); c |= b; out.append(list(c))
    c = set(a); c -= b; out.append(list(c))
    c = set(a); c ^= b; out.append(list(c))
    c = set(a); c &= b; out.append(list(c))
    c = set(a); c.update(mk(4), b); out.append(list(c))
    d = dict.fromkeys(mk(random.randint(0, 12)), 0)
    out.append(list(set(d))); out.append(list(a.union(d))); out.append(list(frozenset(a)))
    c = set(a); c.update(d); out.append(list(c))
    c = set(a); c.difference_update(d, mk(3)); out.append(list(c))
    c = set(a); c.symmetric_difference_update(mk(6)); out.append(list(c))
    out.append(list(a.symmetric_difference(mk(6))))
    out.append(list({*a, *b})); out.append(list({*mk(3), 5, *d, 7}))
    out.append(list(a.copy()))
    e = dict.fromkeys(mk(random.randint(0, 10)), 2)
    l = mk(5)
    out.append(list(d.keys() | e.keys())); out.append(list(d.keys() & e.keys()))
    out.append(list(d.keys() - e.keys())); out.append(list(d.keys() ^ e.keys()))
    out.append(list(d.keys() | b)); out.append(list(b | d.keys())); out.append(list(d.keys() & b))
    out.append(list(b & d.keys())); out.append(list(d.keys() - b)); out.append(list(b - d.keys()))
    out.append(list(d.keys() ^ l)); out.append(list(l ^ d.keys())); out.append(list(d.keys() & l))
    out.append(list(l - d.keys())); out.append(list(d.items() | e.items()))
    x = set(d); x.intersection_update(e, b); out.append(list(x))
    out.append(list(b.difference(l, d))); out.append(list(b.intersection(l, d)))
    big = set(range(200)); big -= set(range(0, 200, 3)); out.append(list(big)[:20])
for i, o in enumerate(out):
    print(i, o)

# Identity and kinds.
f = frozenset([1, 2])
print(frozenset(f) is f, f.copy() is f, type(f | set()), type(set() | f))
s = {1, 2}
print(s.copy() is s, set(s) is s)


class S(set):
    pass


t = S([3, 1])
print(t | {2}, type(t | {2}), t.union([9]), type(t.copy()))
# Errors.
for thunk in (lambda: {1} | [2], lambda: {1}.symmetric_difference([1], [2]),
              lambda: {1}.union(5), lambda: frozenset().update,
              lambda: {[]} , lambda: {1}.update([[]]), lambda: {1} - 3):
    try:
        print(thunk())
    except Exception as exc:
        print(type(exc).__name__, exc)
# A generator failing part-way: the items before it were added (CPython adds as it goes).
def gen():
    yield 40
    yield 41
    raise ValueError("stop")
s = {1}
try:
    s.update(gen())
except ValueError as exc:
    print("update failed:", exc, sorted(s))
s = {1, 40, 41, 42}
try:
    s.difference_update(gen())
except ValueError as exc:
    print("difference_update failed:", exc, sorted(s))
