class Obj:
    x = 5
xs = [5, 3, 8, 1]
xs.sort()
print(xs)
xs.sort(reverse=True)
print(xs)
words = ["pear", "fig", "banana"]
words.sort(key=len)
print(words)
xs.remove(8)
print(xs, xs.copy())
ys = xs.copy(); ys.clear(); print(ys, xs)
d = {"a": 1, "b": 2}
print(d.pop("a"), d, d.pop("zz", 0), d.setdefault("c", 3), d.setdefault("b", 9), d)
d.update({"x": 1}, y=2)
print(d, d.copy())
d.clear(); print(d, len(d))
d["new"] = 1; print(d)
print("ABC".isupper(), "abc".islower(), "  ".isspace(), "ab1".isalnum(), "hello world".title(), "hELLO".capitalize(), "AbC".swapcase())
print("[" + "ab".center(7, "*") + "]", "[" + "ab".ljust(5) + "]", "[" + "ab".rjust(5, "-") + "]", "42".zfill(5), "-42".zfill(6))
print("a=b=c".partition("="), "a=b=c".rpartition("="), "abc".partition("x"))
print("l1\nl2\r\nl3".splitlines(), "a b c".rsplit(" ", 1), "hello".index("l"), "hello".rfind("l"))
print("{} + {} = {}".format(1, 2, 3), "{1}{0}".format("a", "b"), "{name}!".format(name="hi"), "{:>5}|{:<4}|{:^6}".format("x", "y", "z"))
print("{0:.2f} {1!r} {2[0]} {3.x}".format(3.14159, "s", [9], Obj()), "{{literal}}".format(), "{:{w}}|".format("q", w=4))
try:
    "abc".index("z")
except ValueError as e:
    print(e)
try:
    [1].remove(2)
except ValueError as e:
    print(e)
try:
    {}.pop("k")
except KeyError as e:
    print(repr(e))
try:
    "{}{}".format(1)
except IndexError as e:
    print(e)
