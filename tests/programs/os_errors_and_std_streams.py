# OSError as CPython: the errno picks the subclass, errno/strerror/filename attributes,
# "[Errno N] text: 'name'" messages; sys.stdin exists; f"{x!a}".
import os
import sys

for path in ["/nonexistent-dir/x", "/", "/tmp"]:
    try:
        open(path)
    except OSError as e:
        print(type(e).__name__, e.errno, e.strerror, e.filename, str(e))

for call in (lambda: os.listdir("/nonexistent-dir"), lambda: os.remove("/nonexistent-dir/y")):
    try:
        call()
    except FileNotFoundError as e:
        print(type(e).__name__, e.errno, isinstance(e, OSError), str(e))

for errno in (2, 13, 17, 20, 21, 32, 104, 111, 4, 11, 3, 10, 110, 999):
    e = OSError(errno, "text")
    print(errno, type(e).__name__, e.errno, e.strerror, e.filename, str(e), repr(e.args))

e = OSError(2, "No such file or directory", "name.txt")
print(type(e).__name__, str(e), e.filename, e.filename2)
e = OSError(2, "No such file or directory", "a", None, "b")
print(str(e), e.filename2)
print(OSError("just text").errno, str(OSError("just text")), str(OSError()))
e = FileNotFoundError(2, "gone")
e.filename = "late"
print(e.filename, e.errno)
print(IOError is OSError, EnvironmentError is OSError)
print(issubclass(BrokenPipeError, ConnectionError), issubclass(ConnectionError, OSError))
print([c.__name__ for c in (NotADirectoryError, InterruptedError, BlockingIOError,
                            ChildProcessError, ProcessLookupError, ConnectionResetError,
                            ConnectionRefusedError, ConnectionAbortedError)])
try:
    raise BrokenPipeError(32, "Broken pipe")
except OSError as e:
    print("caught", type(e).__name__, e.errno)

print(sys.stdin.name, sys.stdin.fileno(), sys.stdout.fileno(), sys.stderr.fileno())
x = "é€😀\n"
print(f"{x!a}", f"{x!a:>30}", ascii(x))
