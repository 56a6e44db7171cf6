# repr escapes what CPython finds unprintable (Cc, Cf, Cs, Co, Cn, Zl, Zp, Zs but space);
# splitlines ends lines at every Unicode line boundary; isprintable agrees with repr.
print(repr("\x00\x7f\u200b😀\xa0\xad\u0378\U000e0001 é"))
print("a\u2028b\x1cc\x1dd\x1ee\x85f\x0bg\x0ch\r\ni\rj".splitlines())
print("a\u2028b\x1cc".splitlines(True))
print(b"a\x0bb\x1cc\r\nd".splitlines())
print(chr(0x10ffff).isprintable(), "\u200b".isprintable(), "é".isprintable())
print(''.isprintable(), 'a\u0301'.isprintable(), repr('a\u0301'), repr('\u0301x'), ascii('\u0301'))
print(repr(''.join(chr(i) for i in range(0x70, 0x110))))
print(repr('\ud7ff\ue000\uffff\U0001f600\U0010ffff'))
print(repr("it's"), repr('say "hi"'), repr('both \' "'))
