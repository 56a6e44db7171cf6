# -*- coding: latin-1 -*-
# A source file in Latin-1, declared by its coding cookie (PEP 263).
s = "café à ½"
print(s, len(s), [hex(ord(c)) for c in s])
print(s.encode("latin-1"), s.encode("utf-8"))
