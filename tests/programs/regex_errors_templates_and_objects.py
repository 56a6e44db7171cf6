# re: CPython's errors (messages, positions, lineno/colno), template expansion in sub, Match
# and Pattern objects, flags, bytes patterns, the pos/endpos arguments.
import re

bad = ['*a', 'a**', '(a', 'a)', '[a', r'\q', '[z-a]', r'(a)\2', 'a{3,2}', '(?P<1a>x)',
       '(?P<a>x)(?P<a>y)', '(?P=nope)', '(?z)', 'a(?i)b', r'\x4', '(?<x>a)', r'(a\1)',
       'ab\n(c', '(?#open', '[]', r'\Ux', '+', 'a|*']
for p in bad:
    try:
        re.compile(p)
        print('compiled', repr(p))
    except re.error as e:
        print(type(e).__name__, '|', e, '|', e.msg, e.pos, e.lineno, e.colno)

# Templates.
print(re.sub(r'(?P<word>\w+)', r'[\g<word>]', 'a bc'))
print(re.sub(r'(\w)', r'\g<1>\g<1>', 'ab'))
print(re.sub(r'(a)|b', r'<\1>', 'ab'))
print(re.sub('a', r'\n\t\\', 'xa'))
print(repr(re.sub('a', r'\&', 'a')))
print(re.sub('a', '\\0101', 'a'))
for t in [r'\g<2>', r'\g<x>', r'\g<', r'\g<1', r'\q', r'\9', '\\']:
    try:
        print(re.sub('(a)', t, 'a'))
    except (re.error, IndexError) as e:
        print(type(e).__name__, e)
print(re.subn('o', '0', 'foo boo', count=3))
print(re.sub('', '-', 'abc'))
print(re.split('x*', 'axbc'))
print(re.split(r'\b', 'hi there'))
print(re.sub(r'\d', lambda m: str(int(m.group()) * 2), 'a1b2c3'))

# Match objects.
m = re.search(r'(?P<a>x)(y)?(?P<c>z)', '..xz..')
print(m.span(), m.span('a'), m.span(2), m.regs, m.lastindex, m.lastgroup)
print(m['a'], m[3], m.group('c', 1), m.groups(), m.groups('-'), m.groupdict('?'))
print(m.expand(r'\g<c>-\1'), m.pos, m.endpos, m.string, m.re.pattern)
try:
    m.group(9)
except IndexError as e:
    print('IndexError', e)
try:
    m.group('zz')
except IndexError as e:
    print('IndexError', e)
print(re.match(r'((a)b)', 'ab').lastindex, re.match(r'(a)()', 'a').lastindex)
print(re.match(r'(a(b))', 'ab').lastindex, re.match('a', 'a').lastindex)
print(bool(re.match('a', 'a')), re.match('b', 'a'))

# pos and endpos.
p = re.compile(r'\w+')
print(p.search('ab cd', 2), p.match('ab cd', 3), p.match('ab cd', 2), p.search('abcd', 1, 3))
print(p.findall('ab cd ef', 1, 7), p.fullmatch('abc', 0, 2), re.compile('^a').search('ba', 1))
print(re.compile(r'a$').search('ab', 0, 1), re.compile(r'\bb').search('ab', 1))

# Flags.
print(re.findall(r'^\w', 'ab\ncd', re.M), re.findall(r'a.b', 'a\nb', re.S))
print(re.findall(r'\w+', 'é_1 x', re.A), re.findall(r'[\w]+', 'é_1 x', re.ASCII))
print(re.compile('a', re.I | re.M), re.compile('(?s)a').flags, re.compile('(?x) a b ').pattern)
print(re.search('(?i:A)b', 'aB'), re.search('(?i:A)b', 'ab'))
print(re.compile(b'a', re.I).flags, re.compile('a', re.A).flags)
print(repr(re.NOFLAG), re.I | 1024, re.I.value, int(re.M | re.S))

# Bytes.
print(re.sub(rb'(\d+)', rb'<\1>', b'a12b3'))
print(re.split(rb',', b'a,b'), re.match(rb'\xff', b'\xff'))
for a, b in [(b'a', 'a'), ('a', b'a')]:
    try:
        re.search(a, b)
    except TypeError as e:
        print('TypeError', e)
try:
    re.search('a', 5)
except TypeError as e:
    print('TypeError', e)

# Escape, cache, Pattern objects.
print(re.escape('1+1=2? [yes] {no} ~a & b'), re.escape(b'a.b'))
print(re.compile('ab') == re.compile('ab'), re.compile('ab') is re.compile('ab'))
print(re.compile(re.compile('x')).pattern, hash(re.compile('q')) == hash(re.compile('q')))
try:
    re.compile(re.compile('x'), re.I)
except ValueError as e:
    print('ValueError', e)
try:
    re.Pattern()
except TypeError as e:
    print('TypeError', e)
print(list(m.span() for m in re.finditer(r'a|(?=b)', 'aab')))
print(re.findall(r'(a)(?:b)(?P<x>c)?', 'ab abc'))
print(re.search(r'(?<!x)y', 'xy zy').start(), re.search(r'(?=.*\d)\w+', 'ab1').group())
print(re.search(r'(a)?(?(1)b|c)', 'ab'), re.search(r'(?(1)b|c)(a)?', 'c'))
for p in [r'(?(1)b|c)', r'(?(x)b)', r'(?(0)b)']:
    try:
        re.compile(p)
    except re.error as e:
        print('error:', e)
print(re.search(r'a{2}', 'aaa').span(), re.search('a{,2}', 'aaa').group(), re.search('x{', 'x{'))
print(re.findall(r'[\]\-^]', 'a]-^'), re.findall(r'[^a-c]+', 'abxyzc'))
print(re.findall(r'\d+', '٣4'), re.findall(r'\s', '\x1c \t'), len(re.findall('.', 'a\nb')))
print(re.compile(r'(?P<y>\d{4})-(?P<m>\d\d)').groupindex, re.compile('(a)(b)').groups)
