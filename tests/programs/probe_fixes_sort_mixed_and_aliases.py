# Probe fixes: sorting lists whose items do not all compare (TypeError, never a crash; the
# native path takes only keys that all compare), locals()/eval()/vars() reached under other
# names in a function whose str local is appended to in place, combinations r messages.
loc = locals
ev = eval
v = vars
def f():
    s = ""
    s += "ab"
    t = loc()["s"]
    d = {t: 1}
    s += "c"
    print(t, len(t), t == "ab", "ab" in d, hash(t) == hash("ab"))
    u = ev("s")
    s += "d"
    w = v()["s"]
    s += "e"
    print(u, w, s)
f()
for n in (3, 10, 20, 21, 25, 32, 33, 50, 100):
    l = list(range(n, 0, -1)); l[n // 2] = "x"
    try:
        l.sort(); print(n, "sorted?")
    except TypeError as e:
        print(n, "TE", e)
    l = [str(i) for i in range(n)]; l[n // 3] = 5
    try:
        print(sorted(l, reverse=True)[:2])
    except TypeError as e:
        print(n, "TE", e)
print(sorted([(1, 'a'), (1, 'b'), (0, 'z')] * 30)[:4])
try: sorted([(1, 'a'), (1, 2)] * 20)
except TypeError as e: print("TE", e)
print(sorted([(2, 'a'), (1, 2)] * 20)[:3])
print(sorted([1, 2.5, True, -1, 0.0] * 20)[:6])
from itertools import product, combinations, combinations_with_replacement as cwr
for g in [lambda: combinations("abc", 1.5), lambda: cwr("abc", "2"), lambda: combinations("abc", None), lambda: combinations("abc", -1)]:
    try: g()
    except (TypeError, ValueError) as e: print(type(e).__name__, e)
