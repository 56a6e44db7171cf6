for f in ['b"ab".translate(None, b"a")','b"ab".translate(b"x")','bytes.maketrans(b"a", b"bc")','bytes.maketrans("a","b")',
          'b"ab".translate(bytes.maketrans(b"a",b"z"), delete=b"b")','b"-42".zfill(6)','b"+".zfill(3)','b"".zfill(2)',
          'b"a\\tb\\ncd\\te".expandtabs(4)', 'b"a\\tb".expandtabs()', 'b"Hello World".istitle()', 'b"hello World".istitle()', 'b"".istitle()',
          'b"hello".removeprefix(b"he")','b"\\x80".isascii()', 'b"abc".isascii()', 'b"ab".translate(None)','b"x".zfill("a")',
          'bytearray(b"ab").translate(None, b"a")','b"ab".removesuffix("b")', 'bytearray.maketrans(b"a",b"b")[97]',
          'bytearray(b"12").zfill(4)', 'bytearray(b"abc").removesuffix(b"c")', 'b"abc".translate(None, delete=b"b")',
          'b"x".center(5, b"-")', 'b"ab".split(sep=b"a")', 'b"a b c".rsplit(maxsplit=1)', 'b"a\\nb".splitlines(keepends=True)',
          'bytes.fromhex("41 42")', 'b"x".maketrans(b"x", b"y")[120]', 'len(bytes.maketrans(b"", b""))']:
    try:
        print(f, repr(eval(f)))
    except Exception as e:
        print(f, type(e).__name__, e)
import base64
print(base64.b64encode(b'hello world'), base64.b64decode(b'aGVsbG8gd29ybGQ='), base64.urlsafe_b64encode(b'\xfb\xff'))
print(base64.b16encode(b'\x01\xab'), base64.b32encode(b'abc'), base64.b85encode(b'abc'))
