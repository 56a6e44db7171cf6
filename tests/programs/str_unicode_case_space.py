# Unicode whitespace, case predicates, title/capitalize/swapcase/casefold and identifiers
# as CPython 3.11 (Unicode 14) has them.
samples = [
    " \u3000x\u2003 ", "a\u2028b\x1cc\x1dd\x1ee\x1ff", "\u00a0pad\u00a0", "\u200bzero\u200b",
    "\u0085nel\u0085", "tab\tand\x0bvt\x0cff\r\n", "",
]
for s in samples:
    print(repr(s.strip()), repr(s.lstrip()), repr(s.rstrip()), s.split(), s.rsplit(),
          s.split(None, 1), s.rsplit(None, 1), s.isspace())
print(repr(" x ".strip(None)), repr("xxaxx".strip("x")), repr("\u3000a\u3000".strip(" ")))

words = ["中", "中A", "中a", "Ǆ", "ǅ", "ǆ", "ǅungla", "ﬁne", "ß", "ΣΑΣ", "ὈΔΥΣΣΕΎΣ",
         "ÀÉÎ", "ǰ", "ŉ", "ᾳ", "ᾼ", "İstanbul", "Σ", "aΣ", "aΣb", "a'Σ", "aΣ'", "ΑΣ.Σ",
         "hello world", "HELLO wORLD", "1st 2nd", "they're bill's", "ⅷ", "ⓐⓑ", "Ⓐ",
         "ﬃ", "և", "ẞ", "µ", "K", "ſ", "ꭰ", "Ᏸ", "ǈ", "\u0345", "123", "_", "aBc DeF"]
for w in words:
    print(repr(w), w.isupper(), w.islower(), w.istitle(), repr(w.title()),
          repr(w.capitalize()), repr(w.swapcase()), repr(w.casefold()), repr(w.lower()),
          repr(w.upper()))

idents = ["x1", "1x", "℘", "℮", "_", "__init__", "a-b", "ⅷ", "x\u0300", "\u0300x", "ℙ",
          "a·b", "·a", "日本語", "x\u200d", "Ⅸi", "a\u00b7", "ꓸ", "", " ", "$", "ⅰ",
          "a\u1369", "\u1369", "z\u309b", "\u309b"]
for s in idents:
    print(repr(s), s.isidentifier())
# Comparing case-insensitively the way the docs recommend.
print("Straße".casefold() == "STRASSE".casefold(), "ﬁle".casefold() == "FILE".casefold())
print(sorted(["b", "A", "ß", "Ss", "a"], key=str.casefold))
