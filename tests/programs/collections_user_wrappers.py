# collections.UserDict, UserList and UserString as CPython 3.11 has them: UserDict's get
# goes through __getitem__ (so __missing__ answers), | and the reflected | keep the class,
# copy() of a subclass keeps its attributes; UserList's comparisons, slices and operators;
# UserString's own methods (str results wrapped, format/join/split give strs, only some
# take a UserString argument), % both ways, conversions.
from collections import UserDict, UserList, UserString
import copy


def show(label, f):
    try:
        r = f()
    except Exception as e:
        r = "%s: %s" % (type(e).__name__, e)
    print(label, "->", r)


u = UserDict({"a": 1}, b=2)
show("ud", lambda: (u, u.data, len(u), "a" in u, u.get("a"), u.get("q"), u.get("q", 7)))
show("ud positional-only", lambda: UserDict(dict=1, self=2))
show("ud missing", lambda: u["q"])
show("ud |", lambda: (u | {"c": 3}, u | UserDict(c=3), {"c": 3} | u, type({"c": 3} | u).__name__))
show("ud | int", lambda: u | 1)
show("int | ud", lambda: 1 | u)
v = UserDict(a=1)
v |= {"z": 26}
v |= UserDict(y=25)
show("ud |=", lambda: v)
show("ud copy", lambda: (u.copy(), type(u.copy()).__name__, u.copy().data is u.data,
                         copy.copy(u), copy.copy(u).data is u.data))
show("ud fromkeys", lambda: UserDict.fromkeys("ab", 1))
show("ud ==", lambda: (u == {"a": 1, "b": 2}, u == UserDict(a=1, b=2), u != {"a": 1}))
show("ud mutators", lambda: (lambda x: (x.pop("a"), x.pop("q", 0), x.setdefault("s", 3),
                                        x.update([("k", 1)], j=2), x.popitem(), x))(UserDict(a=1, b=2)))
show("ud del missing", lambda: u.__delitem__("q"))


class WithMissing(UserDict):
    def __missing__(self, key):
        return "m:" + str(key)


wm = WithMissing(a=1)
show("ud __missing__", lambda: (wm["zz"], wm.get("zz"), wm.get("zz", 5), wm.get("a"), "zz" in wm))


class Tagged(UserDict):
    def __init__(self, *args, tag=None, **kw):
        super().__init__(*args, **kw)
        self.tag = tag


tg = Tagged({"a": 1}, tag="T")
show("ud subclass copy", lambda: (lambda c: (type(c).__name__, c, c.tag, c.data is tg.data))(tg.copy()))
show("ud subclass copy.copy", lambda: (lambda c: (type(c).__name__, c, c.tag, c.data is tg.data))(copy.copy(tg)))
show("ud hash", lambda: hash(u))

lst = UserList([3, 1, 2])
show("ul", lambda: (lst, UserList(), UserList(lst), UserList((1, 2)), UserList("ab")))
show("ul compare", lambda: (lst < [4], lst <= lst, lst == [3, 1, 2], lst != [3], lst > UserList([2]),
                            lst >= [3, 1, 2], lst == (3, 1, 2)))
show("ul < int", lambda: lst < 1)
show("ul items", lambda: (1 in lst, 9 in lst, lst[0], lst[-1], lst[1:], type(lst[1:]).__name__))
show("ul index error", lambda: lst[10])
show("ul +", lambda: (lst + [9], lst + UserList([8]), lst + (7,), [9] + lst, (7,) + lst, type([9] + lst).__name__))
show("ul *", lambda: (lst * 2, 2 * lst, lst * 0))
l2 = UserList([1])
l2 += [2]
l2 += UserList([3])
l2 += (4,)
l2 *= 2
l2.append(5)
l2.insert(0, 0)
l2.extend([6])
l2.extend(UserList([7]))
show("ul in place", lambda: l2)
show("ul pop", lambda: (l2.pop(), l2.pop(0), l2))
l2.remove(1)
show("ul remove missing", lambda: l2.remove(99))
show("ul count index", lambda: (l2.count(2), l2.index(2), l2.index(2, 2)))
l2.reverse()
show("ul reverse", lambda: l2)
l2.sort(key=lambda n: -n, reverse=True)
show("ul sort", lambda: l2)
show("ul copy", lambda: (l2.copy(), l2.copy().data is l2.data, copy.copy(l2), copy.copy(l2).data is l2.data))
l2[0] = 100
del l2[1]
l2[1:3] = [7, 7, 7]
del l2[::2]
show("ul slices", lambda: l2)
show("ul misc", lambda: (len(lst), bool(UserList()), list(reversed(lst)), UserList[int]))
show("ul hash", lambda: hash(lst))


class Sub(UserList):
    pass


sl = Sub([1, 2])
show("ul subclass", lambda: (type(sl + [1]).__name__, type(sl[:1]).__name__, type(sl * 2).__name__,
                             type(sl.copy()).__name__))

s = UserString("Hello World")
show("us", lambda: (repr(s), str(s), UserString(42), UserString(s), len(s)))
show("us compare", lambda: (s == "Hello World", s == UserString("Hello World"), s != "x", s < "Z",
                            s <= UserString("Hello World"), s > "A", s >= "Hello World"))
show("us hash", lambda: (hash(s) == hash("Hello World"), {UserString("a"): 1}["a"]))
show("us in", lambda: ("World" in s, UserString("lo") in s, "zz" in s))
show("us items", lambda: (s[0], type(s[0]).__name__, s[1:4], s[::-1], list(UserString("abc"))))
show("us +", lambda: (s + "!", s + UserString("?"), s + 5, "> " + s, type("> " + s).__name__, 5 + s))
show("us * %", lambda: (UserString("ab") * 3, 2 * UserString("ab"), UserString("%s-%d") % ("a", 1)))
show("us reflected %", lambda: ("<%s>" % UserString("x"), type("<%s>" % UserString("x")).__name__))
show("us numbers", lambda: (int(UserString("12")), float(UserString("1.5")), complex(UserString("1+2j"))))
show("us case", lambda: (s.lower(), s.upper(), s.swapcase(), s.title(), s.capitalize(), s.casefold()))
show("us result types", lambda: (type(s.lower()).__name__, type(s.split()).__name__, type(s.split()[0]).__name__))
show("us padding", lambda: (s.center(15, "*"), s.ljust(13, "-"), s.rjust(13), s.zfill(13)))
show("us count", lambda: (s.count("o"), s.count(UserString("l")), s.count("o", 5), s.count("o", 0, 5)))
show("us find", lambda: (s.find("o"), s.find(UserString("o"), 5), s.rfind("o"), s.rfind(UserString("l")),
                         s.index("o"), s.rindex("o")))
show("us index missing", lambda: s.index("zz"))
show("us affixes", lambda: (s.startswith("He"), s.endswith("ld"), s.startswith(("x", "H")), s.endswith("o", 0, 5),
                            s.removeprefix("Hello "), s.removesuffix(UserString("World"))))
show("us strip", lambda: (UserString("  x  ").strip(), UserString("xxaxx").strip("x"), UserString("  x").lstrip(),
                          UserString("x  ").rstrip()))
show("us split", lambda: (s.split(), s.split("o"), s.split("o", 1), s.rsplit("o", 1),
                          UserString("a\nb").splitlines(), UserString("a\nb").splitlines(True)))
show("us partition", lambda: (s.partition(" "), s.rpartition("o")))
show("us replace", lambda: (s.replace("o", "0"), s.replace(UserString("l"), UserString("L"), 2)))
show("us join format", lambda: (UserString(",").join(["a", "b"]), type(UserString(",").join(["a"])).__name__,
                                UserString("{}-{x}").format(1, x=2), type(UserString("{}").format(1)).__name__,
                                UserString("{x}").format_map({"x": 5})))
show("us encode", lambda: (s.encode(), UserString("é").encode("latin-1"), UserString("é").encode(None, None)))
show("us tests", lambda: (UserString("abc").isalpha(), UserString("1").isdigit(), UserString("a1").isalnum(),
                          UserString("abc").isascii(), UserString("1").isdecimal(), UserString("x_1").isidentifier(),
                          UserString("ab").islower(), UserString("½").isnumeric(), UserString("a").isprintable(),
                          UserString(" ").isspace(), UserString("Ab").istitle(), UserString("AB").isupper()))
show("us translate", lambda: (s.translate(str.maketrans("lo", "01")), UserString.maketrans("a", "b"),
                              UserString("a\tb").expandtabs(4)))
show("us methods", lambda: [m for m in dir(str) if not m.startswith("_") and not hasattr(UserString, m)])
show("us own names", lambda: sorted(k for k in vars(UserString) if not k.startswith("_")))
show("us no __getattr__", lambda: UserString("abc").foo)
show("us getnewargs", lambda: UserString("abc").__getnewargs__())


class Shout(UserString):
    pass


show("us subclass", lambda: (type(Shout("a") + "b").__name__, type(Shout("ab").upper()).__name__,
                             type(Shout("ab")[0]).__name__, sorted([Shout("b"), Shout("a")])))
