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
