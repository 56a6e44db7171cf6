# str methods: removeprefix/removesuffix, casefold, the Unicode predicates, split/rsplit/
# splitlines with keywords; list slice assignment and deletion through slice objects.
print("abc".removeprefix("a"), "abc".removeprefix("z"), "abc".removesuffix("bc"), "abc".removesuffix(""))
print("Straße".casefold(), "ΣΑΣ".casefold(), "ABC".casefold() == "abc")
for s in ["12", "١٢", "½", "Ⅻ", "", "1.5", "x y", "\t", "é", "_a1", "1a", "Hello World", "Hello world", "HELLO", "ascii", "ñ"]:
    print(repr(s), s.isdecimal(), s.isnumeric(), s.isdigit(), s.isprintable(), s.isidentifier(), s.istitle(), s.isascii())
print("a b  c".split(maxsplit=1), "a,b,c".rsplit(",", maxsplit=1), "a\nb".splitlines(keepends=True), "a b".split(sep=None))
print("a-b-c".split("-", 1), "a-b-c".rsplit(sep="-"), "x".splitlines(False))
for bad in ['"a".split(foo=1)', '"a".split(",", sep=",")', '"a".removeprefix(1)', '"a".casefold(1)']:
    try:
        eval(bad)
    except TypeError as e:
        print("TypeError", e)
l = [1, 2, 3, 4]
l.__setitem__(slice(1, 3), "ab"); print(l)
l.__delitem__(slice(None, None, 2)); print(l)
class L(list):
    pass
m = L([1, 2, 3]); m[0:2] = [9]; print(m); del m[:1]; print(m)
m.__setitem__(slice(0, 0), [7, 8]); print(m, list.__getitem__(m, slice(1, None)))
