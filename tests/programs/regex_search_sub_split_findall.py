import re
print(repr(re.I), str(re.I|re.M), re.I | re.M)
m = re.search(r'(\d+)-(\d+)', 'tel 123-4567 x')
print(m, m.group(0), m.group(1, 2), m.groups(), m.span(2), m.start(), m.end(1))
print(re.findall(r'\w+', 'hello world, héllo wörld'))
print(re.findall(r'(\w)(\d)?', 'a1b c2'))
print(re.sub(r'(\w+)@(\w+)', r'\2 at \1', 'joe@site and ann@home'))
print(re.sub('x*', '-', 'abxd'))
print(re.split(r'[,;]\s*', 'a, b;c,  d'))
print(re.split(r'(,)', 'a,b,c', maxsplit=1))
print(re.subn(r'a', lambda m: m.group().upper(), 'banana'))
print(re.match(r'^(?P<first>\w+) (?P<last>\w+)$', 'Jane Doe').groupdict())
print(re.fullmatch(r'a|ab', 'ab'))
print(re.compile(r'a+', re.I))
print(re.compile('x').flags, re.compile(b'x').flags)
for p in ['*a', 'a**', '(a', 'a)', '[a', r'\q', '[z-a]', r'(a)\2']:
    try:
        re.compile(p)
    except re.error as e:
        print('error:', e, e.pos)
print(re.escape('a.b*c d'))
tok = re.compile(r'(?P<NUM>\d+)|(?P<OP>[+*/-])|(?P<WS>\s+)')
for m in tok.finditer('12 + 3*4'):
    print(m.lastgroup, repr(m.group()), m.lastindex)
print(re.findall(r'\b|a', 'a'), re.findall('a*?', 'aa'))
print(re.sub(r'(?m)^', '> ', 'one\ntwo\n'))
print(re.search(r'a$', 'a\n'), re.search(r'a\Z', 'a\n'))
print(re.findall(rb'[a-z]+', b'abc 123 de'))
print(re.compile(r'(a)(b)?').match('a').groups('x'))
print(re.search(r'(?<=-)\w+', 'spam-egg').group(0))
print(re.sub(r'(\w)(\1)', r'<\g<0>>', 'aabbcd'))
print(re.compile(r'''
   \d+  # digits
   [ ]x
''', re.X).findall('12 x 3 x'))
print(re.match(r'(?i)HELLO', 'hello'))
