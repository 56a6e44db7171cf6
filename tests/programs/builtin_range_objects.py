# range objects: equality and hashing by their items, slicing to ranges, index/count,
# truth, reprs, errors.
def t(label, f):
    try:
        print(label, repr(f()))
    except Exception as e:
        print(label, "!!", type(e).__name__, e)
r = range(2, 20, 3)
t("eq", lambda: (range(3) == range(0, 3), range(0) == range(2, 2), range(1, 5, 2) == range(1, 6, 2), r == r, range(3) != range(4), range(3) == [0, 1, 2]))
t("hash", lambda: (hash(range(3)) == hash(range(0, 3)), {range(2): 1}[range(0, 2)]))
t("slice", lambda: (r[1:3], r[::-1], r[-2:], range(10)[::2][1:]))
t("index", lambda: (r[2], r[-1], r.index(8), r.count(8), r.count(9)))
t("attrs", lambda: (r.start, r.stop, r.step, len(r), bool(range(0)), list(reversed(r))))
t("contains", lambda: (5 in r, 8 in r, 8.0 in r, "a" in r))
t("index err", lambda: r.index(9))
t("errors", lambda: range(1, 2, 0))
t("repr", lambda: (repr(range(0, 5, 1)), str(range(-3, 3, 2))))
t("iter type", lambda: type(iter(r)).__name__)
t("neg", lambda: (list(range(5, 0, -2)), range(5, 0, -2)[1], len(range(5, 0, -2))))
t("getitem err", lambda: r[100])
t("range float", lambda: range(1.5))
