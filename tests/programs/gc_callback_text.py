# Every callback below allocates heavily (churn), so a garbage collection runs while the
# runtime function that called it still holds values: they must be rooted across the call.
# SMALL batches of 50 small objects (tuple, str, list) per churn call: under HOTPY_GC_STRESS
# each batch means dozens of collections inside the callback; raise it for a heavier run.
SMALL = 1
# Repeats of a throwaway string per churn call (a few hundred KB): cheap to build and to verify, but
# it pushes the default heaps to collect every few callbacks.
BIG = 50000
KEEP = []
TAGS = set()


def churn(tag):
    TAGS.add(tag)
    kept = None
    for j in range(SMALL):
        batch = [(tag, k, str(k * 7), [k]) for k in range(8)]
        kept = batch[(j * 7) % 8]
    KEEP.append(kept)
    if len(KEEP) > 64:
        del KEEP[:32]
    big = (tag + ".") * BIG
    return len(big)


def keep_ok():
    return all(t[0] in TAGS and t[2] == str(t[1] * 7) and t[3] == [t[1]] for t in KEEP)


def show(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        result = "raised " + type(e).__name__
    print(label, result)


class R:
    """__repr__, __str__ and __format__ allocate heavily and build fresh strings."""

    def __init__(self, v):
        self.v = v

    def __repr__(self):
        churn("repr")
        return "R<" + ",".join(str(i) for i in range(self.v % 4 + 1)) + ">" + str(self.v)

    def __str__(self):
        churn("str")
        return "s" + "".join(chr(97 + (self.v + i) % 26) for i in range(3))

    def __format__(self, spec):
        churn("format")
        body = "f" + str(self.v)
        if spec:
            return format(body, spec)
        return body


class OnlyRepr:
    def __init__(self, v):
        self.v = v

    def __repr__(self):
        churn("orepr")
        return "O" + str(self.v) * 2


objs = [R(i) for i in range(8)]

# str / repr of the objects and of containers holding them
print("str", [str(o) for o in objs])
print("repr", [repr(o) for o in objs])
print("repr list", repr(objs))
print("str tuple", str(tuple(objs[:4])))
print("repr dict", repr({i: objs[i] for i in range(4)}), str({"k": (R(9), [R(10)])}))
print("repr nested", repr([[R(1), (R(2), {3: R(4)})], {"x": [R(5)]}]))
print("str falls back to repr", str(OnlyRepr(3)), [OnlyRepr(4)], "%s" % OnlyRepr(5), f"{OnlyRepr(6)}")

# format() and f-strings with and without specs, conversions
print("format", format(R(3)), format(R(4), ">8"), format(R(5), "*^9"), format(R(12), ""))
print("fstring", f"{R(1)}|{R(2):<6}|{R(3)!r}|{R(4)!s}|{R(5)!r:>14}")
width = 7
print("fstring nested spec", f"[{R(6):{width}}] [{R(7):^{width + 2}}]")
print("fstring many", "".join(f"{R(i)}{R(i)!r}" for i in range(4)))
print("str.format", "{} {!r} {:>6} {x} {x!s}".format(R(1), R(2), R(3), x=R(4)))
print("format kwargs", "{a}-{b!r}".format(**{"a": R(8), "b": R(9)}))

# % formatting
print("percent", "%s %r %s" % (R(1), R(2), [R(3)]), "%(a)s/%(b)r" % {"a": R(4), "b": R(5)})
print("percent single", "%s" % R(6), "%r" % (R(7),), "%-8s|" % R(8), "%10r|" % R(9))

# print with several args, sep and end that are plain strs
print(R(1), R(2), [R(3)], sep=" ~ ", end=" <end>\n")
print(*objs[:5])
print(*[R(i) for i in range(3)], sep="")

# str.join over map(str) / generator of repr
print("join", "+".join(map(str, objs)), "|".join(repr(o) for o in objs[:3]))
print("join format", ",".join(format(o, "4") for o in objs[:4]))

# conversions mixed with concatenation and multiplication
acc = ""
for i in range(10):
    acc = acc + str(R(i)) + repr(R(i))[:3]
print("concat", acc)
print("str methods", str(R(2)).upper(), repr(R(3)).split(","), str(R(4)).center(9, "."))

# exceptions carry repr'd objects in their messages
def raiser(o):
    raise ValueError(o)

try:
    raiser(R(11))
except ValueError as e:
    print("exception args", repr(e.args[0]), str(e.args[0]))

print("keep ok", keep_ok())
