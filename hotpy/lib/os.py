"""A part of `os`: the environment, the working directory, directory listings and walks,
creating, renaming and removing files and directories, and `os.path` (posixpath)."""
import _hotpy
import posixpath as path

name = "posix"
sep = path.sep
curdir = path.curdir
pardir = path.pardir
extsep = path.extsep
pathsep = path.pathsep
devnull = path.devnull
linesep = "\n"
environ = _hotpy.environ()


def getenv(key, default=None):
    return environ.get(key, default)


def getcwd():
    return _hotpy.getcwd()


def chdir(path):
    """Change the current working directory to path."""
    _hotpy.chdir(fspath(path))


def getpid():
    return _hotpy.getpid()


def cpu_count():
    return _hotpy.cpu_count()


def fspath(p):
    if isinstance(p, (str, bytes)):
        return p
    raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)


def listdir(p="."):
    return _hotpy.listdir(p)


def remove(p):
    _hotpy.fs_change(0, p, None)


unlink = remove


def mkdir(p, mode=0o777):
    _hotpy.fs_change(1, p, None)


def makedirs(p, mode=0o777, exist_ok=False):
    head, tail = path.split(p)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        makedirs(head, mode, True)
    if path.isdir(p):
        if not exist_ok:
            raise FileExistsError("[Errno 17] File exists: '" + p + "'")
        return
    mkdir(p, mode)


def rmdir(p):
    _hotpy.fs_change(2, p, None)


def rename(src, dst):
    _hotpy.fs_change(3, src, dst)


replace = rename


def walk(top, topdown=True):
    try:
        names = listdir(top)
    except OSError:
        return
    dirs = []
    files = []
    for n in names:
        if path.isdir(path.join(top, n)):
            dirs.append(n)
        else:
            files.append(n)
    if topdown:
        yield top, dirs, files
        for d in dirs:
            yield from walk(path.join(top, d), topdown)
    else:
        for d in dirs:
            yield from walk(path.join(top, d), topdown)
        yield top, dirs, files


class terminal_size(tuple):
    """(columns, lines), as os.get_terminal_size gives them."""

    n_fields = n_sequence_fields = 2
    n_unnamed_fields = 0

    def __new__(cls, size):
        size = tuple(size)
        if len(size) != 2:
            raise TypeError("os.terminal_size() takes a 2-sequence (%d-sequence given)"
                            % len(size))
        return tuple.__new__(cls, size)

    @property
    def columns(self):
        return self[0]

    @property
    def lines(self):
        return self[1]

    def __repr__(self):
        return "os.terminal_size(columns=%d, lines=%d)" % self


def get_terminal_size(fd=1):
    """The size of the terminal on fd: hotpy asks none, so OSError as for a file that is not
    a terminal (shutil.get_terminal_size then uses $COLUMNS/$LINES or its fallback)."""
    raise OSError(25, "Inappropriate ioctl for device")


def strerror(code):
    return _hotpy.strerror(code)


class stat_result(tuple):
    """A file's status, as os.stat gives it: ten fields by index (times in whole seconds),
    and by name (st_mode...; st_atime and friends as floats, st_atime_ns as ints)."""

    n_sequence_fields = 10
    n_unnamed_fields = 3
    n_fields = 19

    def __new__(cls, fields):
        fields = tuple(fields)
        self = tuple.__new__(cls, fields[:7] + tuple(t // 1000000000 for t in fields[7:10]))
        self._all = fields
        return self

    st_mode = property(lambda self: self[0])
    st_ino = property(lambda self: self[1])
    st_dev = property(lambda self: self[2])
    st_nlink = property(lambda self: self[3])
    st_uid = property(lambda self: self[4])
    st_gid = property(lambda self: self[5])
    st_size = property(lambda self: self[6])
    st_atime = property(lambda self: self._all[7] / 1e9)
    st_mtime = property(lambda self: self._all[8] / 1e9)
    st_ctime = property(lambda self: self._all[9] / 1e9)
    st_atime_ns = property(lambda self: self._all[7])
    st_mtime_ns = property(lambda self: self._all[8])
    st_ctime_ns = property(lambda self: self._all[9])
    st_blksize = property(lambda self: self._all[10])
    st_blocks = property(lambda self: self._all[11])
    st_rdev = property(lambda self: self._all[12])

    def __repr__(self):
        names = ("st_mode", "st_ino", "st_dev", "st_nlink", "st_uid", "st_gid", "st_size",
                 "st_atime", "st_mtime", "st_ctime")
        return "os.stat_result(%s)" % ", ".join(
            "%s=%d" % (n, v) for n, v in zip(names, self))


def stat(path, *, dir_fd=None, follow_symlinks=True):
    """The status of the file at path (following a final symbolic link unless told not to)."""
    return stat_result(_hotpy.stat(fspath(path), follow_symlinks))


def lstat(path, *, dir_fd=None):
    """The status of the file at path, not following a final symbolic link."""
    return stat_result(_hotpy.stat(fspath(path), False))
