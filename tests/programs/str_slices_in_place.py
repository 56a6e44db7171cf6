# Slicing, indexing and searching strs read the text in place: a short slice or a find from
# a start in a long string costs what it reads, ASCII or not (these loops were quadratic).

texts = ["", "a", "hello world", "héllo wörld", "𝄞 clef and € euro", "ab" * 50 + "é" * 300 + "xyz" * 40]

for t in texts:
    chars = list(t)
    n = len(t)
    assert [t[i] for i in range(n)] == chars
    assert [t[-i] for i in range(1, n + 1)] == chars[::-1]
    for a in (None, 0, 1, 3, -1, -5, n, n + 3, -n - 2):
        for b in (None, 0, 2, 7, -1, -3, n, n + 9):
            for c in (None, 1, 2, 3, -1, -2, -7):
                want = "".join(chars[a:b:c])
                got = t[a:b:c]
                assert got == want, (t, a, b, c, got, want)
                assert len(got) == len(want)
    for sub in ("", "l", "ö", "é", "lo", "€ e", "zz", "y"):
        for start in (None, 0, 2, -3, n, n + 1):
            for end in (None, 5, -2, n):
                args = [x for x in (start, end) if x is not None] if start is not None else []
                if start is None and end is not None:
                    continue
                f = t.find(sub, *args)
                rf = t.rfind(sub, *args)
                ct = t.count(sub, *args)
                sw = t.startswith(sub, *args)
                ew = t.endswith(sub, *args)
                print(len(t), repr(sub), start, end, f, rf, ct, sw, ew) if n < 30 else None
                if f >= 0:
                    assert t[f:f + len(sub)] == sub

print(texts[4][2:6], texts[4][::-3], texts[3][-4:], texts[5][95:105])

# Long texts: every character by index, windows by slicing, a find loop from each match.
long_text = ("é" + "abcdefghij" * 5 + "€") * 2000
n = len(long_text)
count_a = 0
for i in range(0, n, 3):
    if long_text[i] == "a":
        count_a += 1
windows = 0
for i in range(0, n, 7):
    windows += len(long_text[i:i + 5])
found = 0
i = long_text.find("€")
while i >= 0:
    found += 1
    i = long_text.find("€", i + 1)
print(n, count_a, windows, found, long_text.rfind("é", 0, n // 2), long_text.count("j", 100, -100))

# Building a long string by +=, and the identities CPython keeps.
s = ""
for k in range(30000):
    s += "xé"[k % 2]
print(len(s), s[:6], s[-6:], s.count("é"))
word = "abc"
print(word + "" is word, "" + word is word)
