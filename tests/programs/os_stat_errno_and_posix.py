# os.stat/lstat (stat_result by index and by name), stat's S_IS* on them, os.strerror,
# os.terminal_size, the errno module (names, errorcode), % formatting with a tuple subclass.
import errno
import os
import posix
import stat

here = os.path.abspath(__file__)
st = os.stat(here)
with open(here) as f:
    size = len(f.read().encode())
print(st.st_size == size, st[6] == st.st_size, len(st), type(st.st_mtime).__name__,
      isinstance(st.st_mtime_ns, int), st.st_mtime_ns // 10**9 == st[8])
print(stat.S_ISREG(st.st_mode), stat.S_ISDIR(os.stat(os.path.dirname(here)).st_mode),
      stat.S_ISLNK(os.lstat(here).st_mode), os.path.islink(here), os.path.lexists(here))
try:
    os.stat("/nonexistent/x")
except FileNotFoundError as e:
    print(e.errno == errno.ENOENT, e)
print(os.strerror(errno.ENOENT), os.strerror(errno.EACCES))
ts = os.terminal_size((80, 24))
print(ts, ts.columns, ts.lines, tuple(ts))
try:
    os.terminal_size((1, 2, 3))
except TypeError as e:
    print("TypeError", e)
print(errno.ENOENT, errno.EAGAIN, errno.EWOULDBLOCK, errno.errorcode[errno.ENOENT],
      errno.errorcode[11], errno.errorcode is errno.errorcode, "EPERM" in dir(errno))
print(posix.getcwd() == os.getcwd(), posix.stat is os.stat)


class Pair(tuple):
    pass


print("%d-%s" % Pair((1, "a")), "%s" % (Pair((1, 2)),))

import contextlib
start = os.getcwd()
with contextlib.chdir(os.path.dirname(start) or "/"):
    print(os.getcwd() == (os.path.dirname(start) or "/"))
print(os.getcwd() == start)
try:
    os.chdir("/nonexistent")
except FileNotFoundError as e:
    print(e)
