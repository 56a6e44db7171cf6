# e2e: not under GC stress
# doctest (compile in 'single' mode, sys.displayhook, exec in a dict), sys.stdout's buffer
# and attributes, assigning builtins, io.IncrementalNewlineDecoder.
import builtins
import codecs
import doctest
import io
import sys


def add(a, b):
    """
    >>> add(1, 2)
    3
    >>> add('a', 'b')
    'ab'
    >>> [add(i, i) for i in range(3)]
    [0, 2, 4]
    >>> add(1, 'x')
    Traceback (most recent call last):
    ...
    TypeError: unsupported operand type(s) for +: 'int' and 'str'
    >>> x = add(2, 2)
    >>> x * 10
    40
    """
    return a + b


def wrong():
    """
    >>> wrong()
    'right'
    """
    return "wrong"


print(doctest.run_docstring_examples(add, {"add": add}, name="add"))
finder = doctest.DocTestFinder()
runner = doctest.DocTestRunner(verbose=False)
for test in finder.find(add, "add", globs={"add": add}):
    print(runner.run(test))
out = io.StringIO()
for test in finder.find(wrong, "wrong", globs={"wrong": wrong}):
    result = runner.run(test, out=out.write)
    print(result.failed, result.attempted)
print("Expected:" in out.getvalue(), "Got:" in out.getvalue())

# sys.displayhook and 'single' mode.
exec(compile("6 * 7", "<single>", "single"))
print(builtins._)
shown = []
sys.displayhook = shown.append
exec(compile("'hooked'", "<single>", "single"))
sys.displayhook = sys.__displayhook__
print(shown)

# The standard streams.
print(sys.stdout.encoding, sys.stdout.mode, sys.stdout.newlines, sys.stdout.line_buffering)
sys.stdout.write("text, then ")
sys.stdout.flush()
sys.stdout.buffer.write(b"bytes\n")
sys.stdout.buffer.flush()
print(sys.stdout.buffer.write(bytearray(b"")), sys.stdout.fileno(), sys.stderr.fileno())
try:
    sys.stdout.buffer.write("str")
except TypeError as e:
    print("TypeError:", e)

# Builtins the program sets.
answers = iter(["3", "4"])
original_input = builtins.input
builtins.input = lambda prompt="": next(answers)
print(int(input("a? ")) + int(input("b? ")))
builtins.input = original_input
print(input is original_input)
builtins.my_helper = lambda: "helper"
print(my_helper())
del builtins.my_helper
try:
    my_helper()
except NameError as e:
    print("NameError:", e)

# io.IncrementalNewlineDecoder.
d = io.IncrementalNewlineDecoder(codecs.getincrementaldecoder("utf-8")(), translate=True)
parts = [d.decode(b"one\r"), d.decode(b"\ntwo\rthree\n"), d.decode(b"", final=True)]
print(parts, d.newlines)
d = io.IncrementalNewlineDecoder(None, translate=False)
print(repr(d.decode("a\r\nb\n")), d.newlines)
d.reset()
print(d.newlines, d.getstate())

print(sys.gettrace(), sys.getprofile())
sys.settrace(None)
