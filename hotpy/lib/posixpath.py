"""`os.path` for POSIX systems: path strings (join, split, normpath...) as CPython's
posixpath computes them, and questions to the file system (exists, isfile, isdir...)."""
import _hotpy

sep = "/"
curdir = "."
pardir = ".."
extsep = "."
pathsep = ":"
defpath = "/bin:/usr/bin"
devnull = "/dev/null"


def _fspath(p):
    """p as a str path (os.fspath for path-like objects)."""
    if isinstance(p, str):
        return p
    import os
    return os.fspath(p)


def normcase(s):
    """Normalize the case of a pathname: unchanged on POSIX."""
    import os
    return os.fspath(s)


def splitdrive(p):
    """A pathname split into drive and path: no drive on POSIX."""
    p = _fspath(p)
    return p[:0], p


def isabs(s):
    s = _fspath(s)
    return s.startswith("/")


def join(a, *p):
    path = _fspath(a)
    for b in map(_fspath, p):
        if b.startswith("/"):
            path = b
        elif not path or path.endswith("/"):
            path += b
        else:
            path += "/" + b
    return path


def split(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head, tail = p[:i], p[i:]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head, tail


def splitext(p):
    p = _fspath(p)
    sep_index = p.rfind("/")
    dot_index = p.rfind(".")
    if dot_index > sep_index:
        filename_index = sep_index + 1
        while filename_index < dot_index:
            if p[filename_index] != ".":
                return p[:dot_index], p[dot_index:]
            filename_index += 1
    return p, ""


def basename(p):
    p = _fspath(p)
    return p[p.rfind("/") + 1:]


def dirname(p):
    p = _fspath(p)
    i = p.rfind("/") + 1
    head = p[:i]
    if head and head != "/" * len(head):
        head = head.rstrip("/")
    return head


def normpath(path):
    path = _fspath(path)
    if path == "":
        return "."
    initial_slashes = 2 if path.startswith("//") and not path.startswith("///") else (
        1 if path.startswith("/") else 0
    )
    new_comps = []
    for comp in path.split("/"):
        if comp in ("", "."):
            continue
        if comp != ".." or (not initial_slashes and not new_comps) or (
            new_comps and new_comps[-1] == ".."
        ):
            new_comps.append(comp)
        elif new_comps:
            new_comps.pop()
    path = "/".join(new_comps)
    if initial_slashes:
        path = "/" * initial_slashes + path
    return path or "."


def abspath(path):
    path = _fspath(path)
    if not isabs(path):
        path = join(_hotpy.getcwd(), path)
    return normpath(path)


def relpath(path, start=None):
    path = _fspath(path)
    start = _fspath(start) if start is not None else None
    start = abspath(start if start is not None else ".")
    path = abspath(path)
    start_list = [x for x in start.split("/") if x]
    path_list = [x for x in path.split("/") if x]
    common = len(commonprefix([start_list, path_list]))
    rel_list = [".."] * (len(start_list) - common) + path_list[common:]
    return join(*rel_list) if rel_list else "."


def commonprefix(m):
    if not m:
        return ""
    s1 = min(m)
    s2 = max(m)
    for i, c in enumerate(s1):
        if c != s2[i]:
            return s1[:i]
    return s1


def expanduser(path):
    path = _fspath(path)
    if not path.startswith("~"):
        return path
    import os
    home = os.environ.get("HOME", "")
    i = path.find("/", 1)
    if i < 0:
        i = len(path)
    if i != 1:
        return path
    return (home.rstrip("/") or "/") + path[i:]


def exists(path):
    path = _fspath(path)
    return _hotpy.file_kind(path) != 0


def isfile(path):
    path = _fspath(path)
    return _hotpy.file_kind(path) == 1


def isdir(path):
    path = _fspath(path)
    return _hotpy.file_kind(path) == 2


def getsize(path):
    path = _fspath(path)
    return _hotpy.file_size(path)


def lexists(path):
    """Whether path exists, without following a final symbolic link."""
    path = _fspath(path)
    return _hotpy.is_link(path) or exists(path)


def islink(path):
    """Whether path is a symbolic link."""
    path = _fspath(path)
    return _hotpy.is_link(path)


def commonpath(paths):
    """The longest common sub-path of the paths (ValueError if none, or if absolute and
    relative paths are mixed)."""
    if not paths:
        raise ValueError("commonpath() arg is an empty sequence")
    paths = list(paths)
    split_paths = [p.split("/") for p in paths]
    try:
        (isabs_,) = set(p[:1] == "/" for p in paths)
    except ValueError:
        raise ValueError("Can't mix absolute and relative paths") from None
    split_paths = [[c for c in s if c and c != "."] for s in split_paths]
    s1 = min(split_paths)
    s2 = max(split_paths)
    common = s1
    for i, c in enumerate(s1):
        if c != s2[i]:
            common = s1[:i]
            break
    prefix = "/" if isabs_ else ""
    return prefix + "/".join(common)


def expandvars(path):
    """path with $name and ${name} replaced by environment variables that are set."""
    path = _fspath(path)
    if "$" not in path:
        return path
    import os
    out = []
    i = 0
    n = len(path)
    while i < n:
        c = path[i]
        if c != "$":
            out.append(c)
            i += 1
            continue
        if i + 1 < n and path[i + 1] == "{":
            end = path.find("}", i + 2)
            if end < 0:
                out.append(path[i:])
                break
            name = path[i + 2:end]
            stop = end + 1
        else:
            stop = i + 1
            while stop < n and (path[stop].isalnum() or path[stop] == "_") and path[stop].isascii():
                stop += 1
            name = path[i + 1:stop]
        if name and name in os.environ:
            out.append(os.environ[name])
        else:
            out.append(path[i:stop])
        i = stop
    return "".join(out)
