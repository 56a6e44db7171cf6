"""hotpy's files: `open()` and `sys.stdout`/`sys.stderr`, in Python over a few native
functions of the `_hotpy` module (whole-file reads and writes, stream writes)."""
import _hotpy


class _File:
    """What text and binary files share: the name, mode and position, the closed check,
    pending writes, close and the context-manager protocol."""

    def __init__(self, path, mode):
        self.name = path
        self.mode = mode
        self.closed = False
        self._writing = "w" in mode or "a" in mode or "x" in mode or "+" in mode
        self._pos = 0
        self._pending = []

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def _take(self, data, size):
        """The next `size` items of `data` (all with a negative or None size), advancing."""
        self._check()
        if size is None or size < 0:
            out = data[self._pos:]
        else:
            out = data[self._pos:self._pos + size]
        self._pos += len(out)
        return out

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def close(self):
        if not self.closed:
            self.flush()
            self.closed = True

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        self.close()
        return False


class TextFile(_File):
    def __init__(self, path, mode):
        super().__init__(path, mode)
        if "r" in mode or "+" in mode:
            self._text = _hotpy.read_file(path)
        else:
            self._text = ""
        if "w" in mode:
            _hotpy.write_file(path, "", False)
        if "x" in mode:
            _hotpy.create_file(path)

    def read(self, size=-1):
        return self._take(self._text, size)

    def readline(self):
        self._check()
        end = self._text.find("\n", self._pos)
        end = len(self._text) if end < 0 else end + 1
        out = self._text[self._pos:end]
        self._pos = end
        return out

    def readlines(self):
        lines = []
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def write(self, text):
        self._check()
        if not self._writing:
            raise _hotpy.unsupported_operation("not writable")
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not %s" % type(text).__name__)
        self._pending.append(text)
        return len(text)

    def flush(self):
        if self._pending:
            _hotpy.write_file(self.name, "".join(self._pending), True)
            self._pending = []


class BinaryFile(_File):
    def __init__(self, path, mode):
        super().__init__(path, mode)
        self._data = _hotpy.read_file_bytes(path) if ("r" in mode or "+" in mode) else b""
        if "w" in mode:
            _hotpy.write_file_bytes(path, b"", False)

    def read(self, size=-1):
        return self._take(self._data, size)

    def write(self, data):
        self._check()
        if not isinstance(data, bytes):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        self._pending.append(data)
        return len(data)

    def flush(self):
        for chunk in self._pending:
            _hotpy.write_file_bytes(self.name, chunk, True)
        self._pending = []


def open(file, mode="r", encoding=None, newline=None):
    if "b" in mode:
        return BinaryFile(file, mode)
    return TextFile(file, mode)


class StdStream:
    def __init__(self, fd, name):
        self.fd = fd
        self.name = name

    def write(self, text):
        if not isinstance(text, str):
            raise TypeError("write() argument must be str, not %s" % type(text).__name__)
        _hotpy.write_stream(self.fd, text)
        return len(text)

    def flush(self):
        _hotpy.write_stream(self.fd, "")

    def writelines(self, lines):
        for line in lines:
            self.write(line)


    def fileno(self):
        return self.fd

    def isatty(self):
        return False

    def writable(self):
        return self.fd != 0

    def readable(self):
        return self.fd == 0


class UnsupportedOperation(OSError):
    pass


class StdIn(StdStream):
    """sys.stdin: lines of the process's standard input (shared with input())."""

    encoding = "utf-8"
    errors = "strict"
    closed = False

    def __init__(self):
        StdStream.__init__(self, 0, "<stdin>")
        self._pending = ""

    def write(self, text):
        raise UnsupportedOperation("not writable")

    def writelines(self, lines):
        raise UnsupportedOperation("not writable")

    def readline(self, size=-1):
        line = self._pending or _hotpy.stdin_readline()
        self._pending = ""
        if size is not None and 0 <= size < len(line):
            line, self._pending = line[:size], line[size:]
        return line

    def read(self, size=-1):
        parts = []
        count = 0
        while size is None or size < 0 or count < size:
            line = self.readline(-1 if size is None or size < 0 else size - count)
            if not line:
                break
            parts.append(line)
            count += len(line)
        return "".join(parts)

    def readlines(self, hint=-1):
        lines = []
        for line in self:
            lines.append(line)
            if hint is not None and 0 < hint <= sum(map(len, lines)):
                break
        return lines

    def __iter__(self):
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


stdout = StdStream(1, "<stdout>")
stderr = StdStream(2, "<stderr>")
stdin = StdIn()
