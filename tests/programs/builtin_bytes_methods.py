# bytes methods: case, strip, find/index/count with windows and int needles, split/rsplit
# (whitespace and separators, maxsplit), join, replace, partition, padding, splitlines,
# predicates, startswith/endswith with tuples, and their errors.
b = b"  Hello, World  "
print(b.upper(), b.lower(), b.swapcase(), b.strip(), b.lstrip(), b.rstrip(), b.strip(b" Hd"), b"hello world".title(), b"hELLO".capitalize())
print(b.find(b"o"), b.rfind(b"o"), b.find(b"z"), b.find(111), b.index(b"W"), b.count(b"l"), b.count(b""), b.find(b"o", 7), b.rfind(b"o", 0, 7))
print(b"a,b,,c".split(b","), b"a b  c ".split(), b"  a b c".split(None, 1), b"a b c".rsplit(None, 1), b"a,b,c".rsplit(b",", 1), b"".split(), b"x".split(b"x"))
print(b"-".join([b"a", b"b"]), b"".join([]), b", ".join((b"x",)), b"abc".replace(b"b", b"XX"), b"aaa".replace(b"a", b"b", 2), b"ab".replace(b"", b"-"))
print(b"a=b".partition(b"="), b"a=b=c".rpartition(b"="), b"ab".partition(b"x"), b"ab".rpartition(b"x"))
print(b"ab".center(6, b"*"), b"ab".ljust(4), b"ab".rjust(5, b"0"), b"abc".center(2), b"a\nb\r\nc\rd".splitlines(), b"a\nb\n".splitlines(True))
print(b"123".isdigit(), b"12a".isdigit(), b"abc".isalpha(), b"a1".isalnum(), b" \t".isspace(), b"AB".isupper(), b"ab".islower(), b"".isdigit())
print(b"abc".startswith(b"ab"), b"abc".endswith((b"x", b"c")), b"abc".startswith(b"b", 1), b"abc".endswith(b"b", 0, 2))
for bad in ['b"a".split(b"")', 'b"a".find("a")', 'b"a".join(["a"])', 'b"a".index(b"z")', 'b"a".startswith("a")', 'b"a".center(3, b"ab")', 'b"a".find(300)']:
    try:
        print(eval(bad))
    except (TypeError, ValueError) as e:
        print(type(e).__name__, e)
