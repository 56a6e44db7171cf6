# unicodedata: every property function over characters of many kinds, names and look-ups,
# normalization forms, and CPython's errors; str predicates that read the same database.
import unicodedata as u

SAMPLES = 'aA1 ½²٣€字\u0301\t\u2028\u00adǅ\u05d0(\u2163\u3007\uff21\U0001d7d8\u0378'
for ch in SAMPLES:
    print(repr(ch), u.category(ch), repr(u.bidirectional(ch)), u.combining(ch),
          u.east_asian_width(ch), u.mirrored(ch), u.decimal(ch, None), u.digit(ch, None),
          u.numeric(ch, None), repr(u.decomposition(ch)), u.name(ch, '?'))

print(u.unidata_version, u.ucd_3_2_0.category('a'), isinstance(u.ucd_3_2_0, u.UCD))
print(u.lookup('LATIN CAPITAL LETTER GHA'), u.name(chr(0x4e00)), u.name(chr(0xac00)),
      u.lookup('HANGUL SYLLABLE GA'), u.lookup('greek small letter alpha'))
print(u.name('\x00', 'no name'), repr(u.lookup('BACKSPACE')), u.lookup(b'DIGIT ONE'))
print("\N{EM DASH}" == u.lookup("EM DASH"))

for form in ('NFC', 'NFD', 'NFKC', 'NFKD'):
    for text in ('e\u0301', '\xe9', 'ﬁ', '\u2460', 'Å', '\u1e9b\u0323', 'plain'):
        out = u.normalize(form, text)
        print(form, ascii(text), ascii(out), u.is_normalized(form, text), u.is_normalized(form, out))
s = "already"
print(u.normalize('NFC', s) is s)

ERRORS = [
    (u.category, (1,)), (u.category, ('ab',)), (u.category, ('',)), (u.name, ('\x00',)),
    (u.lookup, ('no such character',)), (u.lookup, (1,)), (u.decimal, ('a',)),
    (u.digit, ('½',)), (u.numeric, ('a',)), (u.normalize, ('X', 'a')),
    (u.normalize, (1, 'a')), (u.normalize, ('NFC', 1)), (u.is_normalized, ('NFC', b'a')),
    (u.mirrored, (None,)),
]
for function, args in ERRORS:
    try:
        print(function(*args))
    except (TypeError, ValueError, KeyError) as e:
        print(function.__name__, type(e).__name__, e)

print("١٢٣".isdecimal(), int("١٢٣") + 1, "½".isnumeric(), "½".isdigit(), "²".isdigit(),
      "²".isdecimal(), "\u00ad".isprintable(), "ǅ".istitle(), "\u2003".isspace(),
      "\x1f".isspace(), "ǅx".isalpha(), "Ⅳ".isalnum(), "\u3000".isspace())
print([hex(ord(c)) for c in map(chr, range(0x2000, 0x2070)) if c.isspace() or not c.isprintable()])
counts = {}
for c in range(0, 0x3000, 3):
    cat = u.category(chr(c))
    counts[cat] = counts.get(cat, 0) + 1
print(sorted(counts.items()))
print(sum(u.numeric(chr(c), 0) for c in range(0x2150, 0x2190)))
