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
defpath = path.defpath
altsep = None
error = OSError


class _Environ(dict):
    """`os.environ`: the environment as a dict of strs (CPython's `os._Environ`). Child
    processes get its contents (`_posixsubprocess`), so changes reach them."""

    def __setitem__(self, key, value):
        if not isinstance(key, str):
            raise TypeError("str expected, not %s" % type(key).__name__)
        if not isinstance(value, str):
            raise TypeError("str expected, not %s" % type(value).__name__)
        dict.__setitem__(self, key, value)

    def setdefault(self, key, value):
        if key not in self:
            self[key] = value
        return self[key]

    def update(self, other=(), /, **kwargs):
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def __ior__(self, other):
        self.update(other)
        return self

    def copy(self):
        return dict(self)

    def __repr__(self):
        return "environ(%s)" % dict.__repr__(self)


environ = _Environ(_hotpy.environ())


def getenv(key, default=None):
    return environ.get(key, default)


def putenv(key, value, /):
    """Sets a variable of the environment children get (hotpy gives them `os.environ`,
    so this is `environ[key] = value` less its checks)."""
    dict.__setitem__(environ, fsdecode(key), fsdecode(value))


def unsetenv(key, /):
    dict.pop(environ, fsdecode(key), None)


def _ids():
    return _hotpy.os_ids()


def getuid():
    return _ids()[0]


def geteuid():
    return _ids()[1]


def getgid():
    return _ids()[2]


def getegid():
    return _ids()[3]


def getppid():
    return _ids()[4]


def getpgrp():
    return _ids()[5]


def getlogin():
    """The login name (from the environment, as `getpass` looks it up)."""
    for name in ("LOGNAME", "USER", "LNAME", "USERNAME"):
        if environ.get(name):
            return environ[name]
    raise OSError(6, "No such device or address")


class uname_result(tuple):
    """`os.uname()`: (sysname, nodename, release, version, machine), also by name."""

    n_fields = n_sequence_fields = 5
    n_unnamed_fields = 0

    def __new__(cls, fields):
        return tuple.__new__(cls, tuple(fields))

    sysname = property(lambda self: self[0])
    nodename = property(lambda self: self[1])
    release = property(lambda self: self[2])
    version = property(lambda self: self[3])
    machine = property(lambda self: self[4])

    def __repr__(self):
        names = ("sysname", "nodename", "release", "version", "machine")
        return "posix.uname_result(%s)" % ", ".join(
            "%s=%r" % (n, v) for n, v in zip(names, self))

    def __reduce__(self):
        return (uname_result, (tuple(self),))


def uname():
    return uname_result(_hotpy.uname())


class times_result(tuple):
    """`os.times()`: (user, system, children_user, children_system, elapsed) seconds."""

    n_fields = n_sequence_fields = 5
    n_unnamed_fields = 0

    def __new__(cls, fields):
        return tuple.__new__(cls, tuple(fields))

    user = property(lambda self: self[0])
    system = property(lambda self: self[1])
    children_user = property(lambda self: self[2])
    children_system = property(lambda self: self[3])
    elapsed = property(lambda self: self[4])

    def __repr__(self):
        names = ("user", "system", "children_user", "children_system", "elapsed")
        return "posix.times_result(%s)" % ", ".join(
            "%s=%r" % (n, v) for n, v in zip(names, self))


def times():
    return times_result(_hotpy.os_times())


def getloadavg():
    return _hotpy.getloadavg()


def system(command):
    """Runs `command` in a shell; its wait status (exit code << 8), as CPython's."""
    import subprocess
    code = subprocess.call(command, shell=True)
    return -code if code < 0 else code << 8


class _wrap_close:
    """The file `popen` gives: `close()` waits for the command and gives None for a
    status of 0, else its wait status."""

    def __init__(self, stream, proc):
        self._stream = stream
        self._proc = proc

    def close(self):
        self._stream.close()
        code = self._proc.wait()
        if code == 0:
            return None
        return -code if code < 0 else code << 8

    def __enter__(self):
        return self

    def __exit__(self, *args):
        self.close()

    def __getattr__(self, name):
        return getattr(self._stream, name)

    def __iter__(self):
        return iter(self._stream)


def popen(cmd, mode="r", buffering=-1):
    if not isinstance(cmd, str):
        raise TypeError("invalid cmd type (%s, expected string)" % type(cmd))
    if mode not in ("r", "w"):
        raise ValueError("invalid mode %r" % mode)
    if buffering == 0 or buffering is None:
        raise ValueError("popen() does not support unbuffered streams")
    import subprocess
    if mode == "r":
        proc = subprocess.Popen(cmd, shell=True, text=True, stdout=subprocess.PIPE,
                                bufsize=buffering)
        return _wrap_close(proc.stdout, proc)
    proc = subprocess.Popen(cmd, shell=True, text=True, stdin=subprocess.PIPE,
                            bufsize=buffering)
    return _wrap_close(proc.stdin, proc)


def getcwd():
    return _hotpy.getcwd()


def chdir(path):
    """Change the current working directory to path."""
    _hotpy.chdir(fspath(path))


def getpid():
    return _hotpy.getpid()


def _exit(status):
    """Exit to the system with the given status, without cleanup or flushing."""
    _hotpy._exit(status)


def kill(pid, signal, /):
    _hotpy.kill(int(pid), int(signal))


def get_blocking(fd, /):
    return _hotpy.get_blocking(fd)


def set_blocking(fd, blocking, /):
    _hotpy.set_blocking(fd, blocking)


def waitpid(pid, options, /):
    """Waits for child `pid` (-1: any) to change state: `(pid, status)` (pid 0 with
    WNOHANG if none did)."""
    return _hotpy.waitpid(pid, options)


def wait():
    return _hotpy.waitpid(-1, 0)


WNOHANG = 1
WUNTRACED = 2
WCONTINUED = 8


def WIFEXITED(status):
    return bool(_hotpy.wait_status(status)[0])


def WEXITSTATUS(status):
    return _hotpy.wait_status(status)[1]


def WIFSIGNALED(status):
    return bool(_hotpy.wait_status(status)[2])


def WTERMSIG(status):
    return _hotpy.wait_status(status)[3]


def WIFSTOPPED(status):
    return bool(_hotpy.wait_status(status)[4])


def WSTOPSIG(status):
    return _hotpy.wait_status(status)[5]


def WCOREDUMP(status):
    return bool(_hotpy.wait_status(status)[6])


def WIFCONTINUED(status):
    return bool(_hotpy.wait_status(status)[7])


def waitstatus_to_exitcode(status):
    """The exit code of a wait status: the exit status, or minus the signal that ended
    the process."""
    fields = _hotpy.wait_status(status)
    if fields[0]:
        return fields[1]
    if fields[2]:
        return -fields[3]
    raise ValueError("invalid wait status: %d" % status)


def get_exec_path(env=None):
    """The directories a program named without a path is looked up in (PATH)."""
    if env is None:
        env = environ
    path_list = env.get("PATH")
    if path_list is None:
        path_list = env.get(b"PATH") if isinstance(env, dict) else None
        if path_list is not None and isinstance(path_list, bytes):
            path_list = fsdecode(path_list)
    if path_list is None:
        path_list = defpath
    return path_list.split(pathsep)


def _get_exports_list(module):
    try:
        return list(module.__all__)
    except AttributeError:
        return [n for n in dir(module) if n[0] != "_"]


def cpu_count():
    return _hotpy.cpu_count()


def fspath(p):
    """The file system path of p: a str or bytes as is, else what its __fspath__ gives."""
    if isinstance(p, (str, bytes)):
        return p
    method = getattr(type(p), "__fspath__", None)
    if method is None:
        raise TypeError("expected str, bytes or os.PathLike object, not " + type(p).__name__)
    result = method(p)
    if not isinstance(result, (str, bytes)):
        raise TypeError("expected %s.__fspath__() to return str or bytes, not %s"
                        % (type(p).__name__, type(result).__name__))
    return result


def listdir(p="."):
    return _hotpy.listdir(fspath(p))


def remove(p):
    _hotpy.fs_change(0, fspath(p), None)


unlink = remove


def mkdir(p, mode=0o777, *, dir_fd=None):
    _hotpy.fs_change(1, fspath(p), None)


def makedirs(p, mode=0o777, exist_ok=False):
    p = fspath(p)
    head, tail = path.split(p)
    if not tail:
        head, tail = path.split(head)
    if head and tail and not path.exists(head):
        makedirs(head, mode, True)
    if path.isdir(p):
        if not exist_ok:
            raise FileExistsError(17, "File exists", p)
        return
    mkdir(p, mode)


def rmdir(p, *, dir_fd=None):
    _hotpy.fs_change(2, fspath(p), None)


def rename(src, dst, *, src_dir_fd=None, dst_dir_fd=None):
    _hotpy.fs_change(3, fspath(src), fspath(dst))


replace = rename


def walk(top, topdown=True, onerror=None, followlinks=False):
    """Yields (dirpath, dirnames, filenames) for each directory under `top`, as CPython's:
    `onerror` gets the OSError of a directory that cannot be listed; a symbolic link to a
    directory is listed among the directories but entered only with `followlinks`; top-down,
    the caller may prune `dirnames` in place."""
    top = fspath(top)
    try:
        names = listdir(top)
    except OSError as error:
        if onerror is not None:
            onerror(error)
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
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
    else:
        for d in dirs:
            new_path = path.join(top, d)
            if followlinks or not path.islink(new_path):
                yield from walk(new_path, topdown, onerror, followlinks)
        yield top, dirs, files


def removedirs(name):
    """Removes directory `name`, then each empty parent in turn (stopping at the first
    that cannot be removed)."""
    rmdir(name)
    head, tail = path.split(name)
    if not tail:
        head, tail = path.split(head)
    while head and tail:
        try:
            rmdir(head)
        except OSError:
            break
        head, tail = path.split(head)


def renames(old, new):
    """Renames `old` to `new`, making the directories `new` needs and removing those
    `old` leaves empty."""
    head, tail = path.split(new)
    if head and tail and not path.exists(head):
        makedirs(head)
    rename(old, new)
    head, tail = path.split(old)
    if head and tail:
        try:
            removedirs(head)
        except OSError:
            pass


def truncate(p, length):
    fd = open(p, O_WRONLY)
    try:
        ftruncate(fd, length)
    finally:
        close(fd)


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


# ----- file descriptors and the other POSIX calls (hotpy/src/modules/fd.rs) -----

globals().update(dict(_hotpy.os_constants()))
SEEK_SET = 0
SEEK_CUR = 1
SEEK_END = 2
supports_fd = set()
supports_dir_fd = set()
supports_follow_symlinks = set()
supports_effective_ids = set()


def open(path, flags, mode=0o777, *, dir_fd=None):
    """Opens a file descriptor (open(2)); flags are the O_* constants."""
    return _hotpy.fd_open(fspath(path), flags, mode)


def read(fd, n):
    return _hotpy.fd_read(fd, n)


def write(fd, data):
    if not isinstance(data, bytes):
        try:
            data = bytes(data)
        except TypeError:
            raise TypeError("a bytes-like object is required, not '%s'"
                            % type(data).__name__) from None
    return _hotpy.fd_write(fd, data)


def close(fd):
    _hotpy.fd_call(0, fd, 0, 0)


def fdopen(fd, mode="r", buffering=-1, encoding=None, *args, **kwargs):
    """A file object over the descriptor `fd` (`open(fd, ...)`)."""
    if not isinstance(fd, int):
        raise TypeError("invalid fd type (%s, expected integer)" % type(fd))
    import io
    if "b" not in mode:
        encoding = io.text_encoding(encoding)
    return io.open(fd, mode, buffering, encoding, *args, **kwargs)


def closerange(fd_low, fd_high):
    for fd in range(fd_low, fd_high):
        try:
            close(fd)
        except OSError:
            pass


def lseek(fd, position, whence):
    return _hotpy.fd_call(1, fd, position, whence)


def dup(fd):
    return _hotpy.fd_call(2, fd, 0, 0)


def dup2(fd, fd2, inheritable=True):
    return _hotpy.fd_call(3, fd, fd2, 0)


def ftruncate(fd, length):
    _hotpy.fd_call(4, fd, length, 0)


def fsync(fd):
    if not isinstance(fd, int):
        fd = fd.fileno()
    _hotpy.fd_call(5, fd, 0, 0)


def isatty(fd):
    return _hotpy.fd_call(6, fd, 0, 0)


def fstat(fd):
    return stat_result(_hotpy.fd_fstat(fd))


def pipe():
    return _hotpy.fd_pipe()


def urandom(size):
    return _hotpy.urandom(size)


def umask(mask):
    return _hotpy.path_call(5, "", mask, None)


def access(path, mode, *, dir_fd=None, effective_ids=False, follow_symlinks=True):
    return _hotpy.path_call(0, fspath(path), mode, None)


def readlink(path, *, dir_fd=None):
    return _hotpy.path_call(1, fspath(path), None, None)


def symlink(src, dst, target_is_directory=False, *, dir_fd=None):
    _hotpy.path_call(2, fspath(dst), fspath(src), None)


def link(src, dst, *, src_dir_fd=None, dst_dir_fd=None, follow_symlinks=True):
    _hotpy.path_call(3, fspath(dst), fspath(src), None)


def chmod(path, mode, *, dir_fd=None, follow_symlinks=True):
    _hotpy.path_call(4, fspath(path), mode, None)


def utime(path, times=None, *, ns=None, dir_fd=None, follow_symlinks=True):
    if times is not None and ns is not None:
        raise ValueError("utime: you may specify either 'times' or 'ns' but not both")
    if times is not None:
        if not isinstance(times, tuple) or len(times) != 2:
            raise TypeError("utime: 'times' must be either a tuple of two ints or None")
        ns = tuple(int(t * 1000000000) for t in times)
    if ns is None:
        ns = (None, None)
    _hotpy.path_call(6, fspath(path), ns[0], ns[1])


def fsencode(filename):
    filename = fspath(filename)
    return filename.encode("utf-8") if isinstance(filename, str) else filename


def fsdecode(filename):
    filename = fspath(filename)
    return filename.decode("utf-8") if isinstance(filename, bytes) else filename


def get_inheritable(fd):
    return False


class PathLike:
    """Abstract base class for objects with a file system path (__fspath__)."""

    def __fspath__(self):
        raise NotImplementedError

    @classmethod
    def __subclasshook__(cls, subclass):
        if cls is PathLike:
            return hasattr(subclass, "__fspath__")
        return NotImplemented

    @classmethod
    def __class_getitem__(cls, item):
        return cls


def _pathlike_meta():
    import abc
    global PathLike
    namespace = {k: v for k, v in vars(PathLike).items() if k not in ("__dict__", "__weakref__")}
    namespace["__fspath__"] = abc.abstractmethod(namespace["__fspath__"])
    PathLike = abc.ABCMeta("PathLike", (), namespace)
    PathLike.__module__ = "os"


_pathlike_meta()
del _pathlike_meta


class DirEntry:
    """An entry of a directory, as scandir gives them: its name and path, and its kind
    (looked up when first asked)."""

    def __init__(self, directory, name):
        self.name = name
        self.path = path.join(directory, name)
        self._stat = None
        self._lstat = None

    def __fspath__(self):
        return self.path

    def __repr__(self):
        return "<DirEntry %r>" % (self.name,)

    def stat(self, *, follow_symlinks=True):
        if follow_symlinks:
            if self._stat is None:
                self._stat = stat(self.path)
            return self._stat
        if self._lstat is None:
            self._lstat = lstat(self.path)
        return self._lstat

    def inode(self):
        return self.stat(follow_symlinks=False).st_ino

    def is_symlink(self):
        try:
            return (self.stat(follow_symlinks=False).st_mode & 0o170000) == 0o120000
        except OSError:
            return False

    def is_dir(self, *, follow_symlinks=True):
        try:
            return (self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000) == 0o040000
        except OSError:
            return False

    def is_file(self, *, follow_symlinks=True):
        try:
            return (self.stat(follow_symlinks=follow_symlinks).st_mode & 0o170000) == 0o100000
        except OSError:
            return False


class _ScandirIterator:
    def __init__(self, directory):
        self._directory = directory
        self._names = iter(listdir(directory))

    def __iter__(self):
        return self

    def __next__(self):
        return DirEntry(self._directory, next(self._names))

    def close(self):
        self._names = iter(())

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        self.close()


def scandir(path="."):
    """An iterator of DirEntry objects for the entries of directory path."""
    return _ScandirIterator(fspath(path))
