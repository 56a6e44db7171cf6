# Modules hotpy has none of its own for come from the machine's CPython standard library
# (the last entry of sys.path); hotpy's own modules come first.
import sys
import textwrap
import fnmatch
import string

print(any(p.replace('\\', '/').endswith('/python3.11') for p in sys.path))
print(textwrap.fill("The quick brown fox jumps over the lazy dog. " * 3, width=30))
print(textwrap.wrap("hello world foo bar", 10), textwrap.shorten("Hello  world!  This is long", width=15))
print(textwrap.dedent("""
    def f():
        return 1
"""), textwrap.indent("a\nb\n", "> "), sep='')
print(fnmatch.fnmatch('file.py', '*.py'), fnmatch.filter(['a.c', 'b.h', 'c.c'], '*.c'))
print(fnmatch.translate('*.t?t'))
print(string.ascii_letters[:5], string.capwords('hello   world'))
