# str methods' argument errors word as CPython's; classes deriving from list/dict/... inherit
# __class_getitem__ (types.GenericAlias).
cases = [
    lambda: "ab".count(1), lambda: "ab".find(None), lambda: "ab".rfind(2.0),
    lambda: "ab".index([]), lambda: "ab".rindex(()), lambda: "ab".startswith(1),
    lambda: "ab".endswith([1]), lambda: "ab".replace(1, "x"), lambda: "ab".split(1),
    lambda: "ab".rsplit(1), lambda: "ab".join([1]), lambda: "ab".index("z"),
    lambda: "a".center("x"), lambda: "ab".strip(1), lambda: "ab".lstrip(2),
    lambda: "ab".rstrip(b"a"), lambda: "ab".partition(1), lambda: "ab".split(""),
    lambda: "ab".removeprefix(1), lambda: "ab".count("a", "x"),
]
for case in cases:
    try:
        print(case())
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
print("  x ".strip(None), "xxaxx".strip("x"), "a,b".split(None), "abcab".count("ab", 1))


class MyList(list):
    pass


class MyDict(dict):
    pass


class MyTuple(tuple):
    pass


class Own(list):
    def __class_getitem__(cls, item):
        return f"own {item}"


print(MyList[int], MyDict[str, int], MyTuple[int, ...], Own[int])
alias = MyList[int]
print(type(alias).__name__, alias.__origin__ is MyList, alias.__args__, alias([1, 2]))
try:
    class Plain:
        pass
    Plain[int]
except TypeError as e:
    print("TypeError:", e)
for text in ["  a b  c ", "a", "", "   ", "x\ty\nz", "a,b,,c"]:
    print([text.rsplit(None, n) for n in (-1, 0, 1, 2)], text.rsplit(",", 1), text.rsplit(maxsplit=1))
try:
    "ab".rsplit(None, "1")
except TypeError as e:
    print("TypeError:", e)
print("abc".startswith("b", 1, None), "abc".find("c", None, 3), "abcabc".rfind("a", -3))
