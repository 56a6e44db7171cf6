# Probe fixes: math.modf signs, splitlines with int keepends, bytes.center padding, huge
# shift counts and exponents, IndentationError messages as CPython words them.
import math
print(math.modf(-1.0), math.modf(-2.5), math.modf(3.0), math.modf(float('-inf')))
print("a\nb".splitlines(1), "a\nb".splitlines(keepends=1), "a\nb".splitlines(0), "a\r\nb".splitlines(True))
try: "a".splitlines(1.5)
except TypeError as e: print(e)
print(b"ab".center(5, b"*"), b"ab".center(7), bytearray(b"abcd").center(5), b'abc'.center(6), b'a'.center(4), b'ab'.ljust(4), b'ab'.rjust(5, b'-'))
print(1 >> 10**20, -1 >> 10**20, 5 >> 2**64, (2**100) >> 10**20)
print(0 ** 10**20, 1 ** 10**20, (-1) ** (10**20), (-1) ** (10**20 + 1))
print(0 << 10**20)
try: 1 << 10**20
except (OverflowError, MemoryError) as e: print(type(e).__name__)
try: 1 >> -1
except ValueError as e: print(e)
for src in ['if True:\nprint(1)', 'class A:\nx=1', 'def f():\nreturn', 'for i in x:\npass',
            'while 1:\npass', 'try:\npass', 'with a:\npass', 'if 1:\n  pass\nelse:\npass',
            'if 1:\n  pass\nelif 2:\npass', 'try:\n  pass\nexcept E:\npass',
            'try:\n  pass\nfinally:\npass', 'match x:\n  case 1:\n  pass']:
    try:
        compile(src, "<probe>", "exec")
    except SyntaxError as e:
        print(type(e).__name__, e.msg, e.lineno)
