"""hotpy's `_io`: the stream base classes, `sys.stdout`/`sys.stderr`/`sys.stdin` (over the
VM's stream writes), `StringIO` and `BytesIO`, and `open()`; the file streams are in
`_io_streams` (FileIO and the buffered layers) and `_io_text` (TextIOWrapper)."""
import _hotpy


class _IOBase:
    """The base of every stream class (io.IOBase): line iteration over `readline`, `close`
    and `with`, and the answers of a stream that can do nothing (not readable, writable or
    seekable; no fileno) for subclasses to override."""

    closed = False

    def _check(self):
        pass

    def _checkClosed(self, msg=None):
        if self.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    def _checkReadable(self, msg=None):
        if not self.readable():
            raise UnsupportedOperation("File or stream is not readable." if msg is None else msg)

    def _checkWritable(self, msg=None):
        if not self.writable():
            raise UnsupportedOperation("File or stream is not writable." if msg is None else msg)

    def _checkSeekable(self, msg=None):
        if not self.seekable():
            raise UnsupportedOperation("File or stream is not seekable." if msg is None else msg)

    def close(self):
        if not self.closed:
            try:
                self.flush()
            finally:
                self.closed = True

    def flush(self):
        self._checkClosed()

    def __enter__(self):
        self._checkClosed()
        return self

    def __exit__(self, *args):
        self.close()

    def readable(self):
        return False

    def writable(self):
        return False

    def seekable(self):
        return False

    def isatty(self):
        self._checkClosed()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def seek(self, pos, whence=0):
        raise UnsupportedOperation("seek")

    def tell(self):
        return self.seek(0, 1)

    def truncate(self, pos=None):
        raise UnsupportedOperation("truncate")

    def readline(self, size=-1):
        """A line from `read(1)` (a byte at a time, or up to what `peek` shows)."""
        self._checkClosed()
        if size is None:
            size = -1
        peek = getattr(self, "peek", None)
        line = bytearray()
        while size < 0 or len(line) < size:
            n = 1
            if peek is not None:
                ahead = peek(1)
                if ahead:
                    end = ahead.find(b"\n") + 1
                    n = end if end > 0 else len(ahead)
                    if size >= 0:
                        n = min(n, size - len(line))
            chunk = self.read(n)
            if not chunk:
                break
            line += chunk
            if line.endswith(b"\n"):
                break
        return bytes(line)

    def writelines(self, lines):
        self._checkClosed()
        for line in lines:
            self.write(line)

    def readlines(self, hint=-1):
        lines = []
        total = 0
        while True:
            line = self.readline()
            if not line:
                return lines
            lines.append(line)
            total += len(line)
            if hint is not None and 0 < hint <= total:
                return lines

    def __iter__(self):
        self._check()
        return self

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line


class _RawIOBase(_IOBase):
    """io.RawIOBase: `read` and `readall` over `readinto`."""

    def read(self, size=-1):
        if size is None or size < 0:
            return self.readall()
        b = bytearray(size)
        n = self.readinto(b)
        if n is None:
            return None
        return bytes(b[:n])

    def readall(self):
        chunks = []
        while True:
            data = self.read(DEFAULT_BUFFER_SIZE)
            if data is None:
                return b"".join(chunks) if chunks else None
            if not data:
                return b"".join(chunks)
            chunks.append(data)


class _BufferedIOBase(_IOBase):
    """io.BufferedIOBase: `readinto` over `read`; the rest unsupported until overridden."""

    def read(self, size=-1):
        raise UnsupportedOperation("read")

    def read1(self, size=-1):
        return self.read(size)

    def write(self, b):
        raise UnsupportedOperation("write")

    def detach(self):
        raise UnsupportedOperation("detach")

    def readinto(self, b):
        data = self.read(len(b))
        n = len(data)
        memoryview(b).cast("B")[:n] = data
        return n

    def readinto1(self, b):
        return self.readinto(b)


class _TextIOBase(_IOBase):
    pass


class _StdBuffer(_BufferedIOBase):
    """`sys.stdout.buffer` and `sys.stderr.buffer`: bytes to the stream, in order with its
    text; `sys.stdin.buffer`: its lines as UTF-8."""

    def __init__(self, stream):
        self._stream = stream
        self.name = stream.name
        self.mode = "rb" if stream.fd == 0 else "wb"

    @property
    def raw(self):
        return self

    def write(self, data):
        if isinstance(data, str) or not isinstance(data, (bytes, bytearray, memoryview)):
            raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__)
        if self._stream.fd == 0:
            raise UnsupportedOperation("write")
        data = bytes(data)
        if data:
            _hotpy.write_stream(self._stream.fd, data)
        return len(data)

    def read(self, size=-1):
        if self._stream.fd != 0:
            raise UnsupportedOperation("read")
        return self._stream.read(size).encode("utf-8")

    def readline(self, size=-1):
        if self._stream.fd != 0:
            raise UnsupportedOperation("readline")
        return self._stream.readline(size).encode("utf-8")

    def flush(self):
        self._stream.flush()

    def fileno(self):
        return self._stream.fd

    def isatty(self):
        return False

    def writable(self):
        return self._stream.fd != 0

    def readable(self):
        return self._stream.fd == 0


class StdStream(_TextIOBase):
    """`sys.stdout` and `sys.stderr`: text written through the VM (stdout buffered, in
    order with `print`), UTF-8."""

    encoding = "utf-8"
    newlines = None
    line_buffering = False
    write_through = False

    def __init__(self, fd, name):
        self.fd = fd
        self.name = name
        self.mode = "r" if fd == 0 else "w"
        self.errors = "backslashreplace" if fd == 2 else "strict"
        self.buffer = _StdBuffer(self)

    def reconfigure(self, *, encoding=None, errors=None, newline=None, line_buffering=None,
                    write_through=None):
        if encoding is not None and encoding.lower().replace("_", "-") not in ("utf-8", "utf8"):
            raise ValueError("hotpy's standard streams are UTF-8")
        if errors is not None:
            self.errors = errors
        if line_buffering is not None:
            self.line_buffering = bool(line_buffering)
        if write_through is not None:
            self.write_through = bool(write_through)

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


class UnsupportedOperation(OSError, ValueError):
    pass


class StdIn(StdStream):
    """sys.stdin: lines of the process's standard input (shared with input())."""

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

    def __enter__(self):
        return self

    def __exit__(self, *exc):
        return None


stdout = StdStream(1, "<stdout>")
stderr = StdStream(2, "<stderr>")
stdin = StdIn()


DEFAULT_BUFFER_SIZE = 8192


class _MemoryIO:
    """What StringIO and BytesIO share: a buffer with a position, read and written in place
    (writes past the end pad with zeros), seek/tell/truncate, lines, closing."""

    _empty = ""
    _zero = "\0"
    _newline = "\n"

    def __init__(self, initial):
        self._value = initial
        # Appends wait in `_parts` until the value is read (appending is then O(1));
        # `_lines` holds, reversed, the lines after `_lines_pos` once readline splits them.
        self._parts = []
        self._size = len(initial)
        self._lines = None
        self._lines_pos = 0
        self._pos = 0
        self.closed = False

    def _whole(self):
        if self._parts:
            self._value = self._empty.join([self._value, *self._parts])
            self._parts = []
        return self._value

    def _split(self, text, sep=None):
        """`text` cut into lines, each keeping its line end (`sep`, else `_newline`)."""
        sep = sep or self._newline
        parts = text.split(sep)
        lines = [part + sep for part in parts[:-1]]
        if parts[-1]:
            lines.append(parts[-1])
        return lines

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file.")

    def getvalue(self):
        self._check()
        return self._whole()

    def read(self, size=-1):
        self._check()
        value = self._whole()
        if size is None or size < 0:
            end = len(value)
        else:
            end = min(len(value), self._pos + size)
        out = value[self._pos:end]
        self._pos = max(self._pos, end)
        return out

    def _line_end(self):
        """What ends a line, or None when several things do (StringIO's newline='')."""
        return self._newline

    def readline(self, size=-1):
        self._check()
        sep = self._line_end()
        if sep is not None:
            # Found from the position: a line costs its length, however reads and
            # readlines alternate (pickle's protocol 0 does).
            value = self._whole()
            pos = self._pos
            if pos >= len(value):
                return self._empty
            end = value.find(sep, pos)
            end = len(value) if end < 0 else end + len(sep)
            if size is not None and 0 <= size < end - pos:
                end = pos + size
            self._pos = end
            return value[pos:end]
        lines = self._lines
        if lines is None or self._lines_pos != self._pos:
            lines = self._lines = self._split(self._whole()[self._pos:])
            lines.reverse()
        line = lines.pop() if lines else self._empty
        if size is not None and 0 <= size < len(line):
            line = line[:size]
            self._lines = None
        self._pos += len(line)
        self._lines_pos = self._pos
        return line

    def _write(self, data):
        self._check()
        n = len(data)
        if not n:
            return 0
        self._lines = None
        pos = self._pos
        if pos == self._size:
            self._parts.append(data)
            self._size += n
        else:
            value = self._whole()
            if pos > len(value):
                value = value + self._zero * (pos - len(value)) + data
            else:
                value = value[:pos] + data + value[pos + n:]
            self._value = value
            self._size = len(value)
        self._pos = pos + n
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def seek(self, pos, whence=0):
        self._check()
        if not isinstance(pos, int):
            raise TypeError("'%s' object cannot be interpreted as an integer"
                            % type(pos).__name__)
        if whence == 0:
            if pos < 0:
                raise ValueError("Negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._seek_relative(pos, self._pos)
        elif whence == 2:
            self._seek_relative(pos, self._size)
        else:
            raise ValueError("Invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def _seek_relative(self, pos, base):
        self._pos = max(0, base + pos)

    def tell(self):
        self._check()
        return self._pos

    def truncate(self, size=None):
        self._check()
        if size is None:
            size = self._pos
        elif size < 0:
            raise ValueError("Negative size value %d" % size)
        self._value = self._whole()[:size]
        self._size = len(self._value)
        self._lines = None
        return size

    def flush(self):
        self._check()

    def close(self):
        self.closed = True

    def readable(self):
        self._check()
        return True

    def writable(self):
        self._check()
        return True

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def fileno(self):
        raise UnsupportedOperation("fileno")

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()


class StringIO(_MemoryIO, _TextIOBase):
    """A text file in memory."""

    encoding = None
    errors = None

    def __init__(self, initial_value="", newline="\n"):
        if newline is not None and not isinstance(newline, str):
            raise TypeError("newline must be str or None, not %s" % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %r" % (newline,))
        if initial_value is None:
            initial_value = ""
        if not isinstance(initial_value, str):
            raise TypeError("initial_value must be str or None, not %s"
                            % type(initial_value).__name__)
        self._translate = newline
        self.newlines = None
        _MemoryIO.__init__(self, self._translated(initial_value))

    def _line_end(self):
        if self._translate == "":
            return None
        return self._translate if self._translate in ("\r", "\r\n") else "\n"

    def _split(self, text):
        if self._translate != "":
            sep = self._translate if self._translate in ("\r", "\r\n") else "\n"
            return _MemoryIO._split(self, text, sep)
        # newline='': lines end at \r, \n or \r\n, kept as they are.
        lines = []
        pieces = text.split("\n")
        for i, piece in enumerate(pieces):
            followed = i + 1 < len(pieces)
            subs = piece.split("\r")
            lines.extend(sub + "\r" for sub in subs[:-1])
            if followed and len(subs) > 1 and not subs[-1]:
                lines[-1] += "\n"
            elif followed:
                lines.append(subs[-1] + "\n")
            elif subs[-1]:
                lines.append(subs[-1])
        return lines

    def _translated(self, s):
        if self._translate is None:
            return s.replace("\r\n", "\n").replace("\r", "\n")
        if self._translate not in ("", "\n"):
            return s.replace("\n", self._translate)
        return s

    def write(self, s):
        if not isinstance(s, str):
            raise TypeError("string argument expected, got '%s'" % type(s).__name__)
        self._check()
        n = len(s)
        self._write(self._translated(s))
        return n

    def _check(self):
        if self.closed:
            raise ValueError("I/O operation on closed file")

    def _seek_relative(self, pos, base):
        if pos != 0:
            raise OSError("Can't do nonzero cur-relative seeks")
        self._pos = base

    def __repr__(self):
        return "<_io.StringIO object at %#x>" % id(self)


class BytesIO(_MemoryIO, _BufferedIOBase):
    """A binary file in memory."""

    _empty = b""
    _zero = b"\0"
    _newline = b"\n"

    def __init__(self, initial_bytes=b""):
        if initial_bytes is None:
            initial_bytes = b""
        _MemoryIO.__init__(self, bytes(initial_bytes))

    def write(self, b):
        if isinstance(b, str) or not hasattr(b, "__len__"):
            raise TypeError("a bytes-like object is required, not '%s'" % type(b).__name__)
        return self._write(bytes(b))

    def read1(self, size=-1):
        return self.read(size)

    def getbuffer(self):
        self._check()
        return self._whole()

    def __repr__(self):
        return "<_io.BytesIO object at %#x>" % id(self)


def text_encoding(encoding, stacklevel=2):
    return "locale" if encoding is None else encoding


def open_code(path):
    return open(path, "rb")


# Streams over descriptors and raw streams (`_io_streams.py`); it imports this module's
# bases, so it comes last.
import _io_streams  # noqa: E402
from _io_streams import (FileIO, BufferedReader, BufferedWriter, BufferedRandom,  # noqa: E402
                         BufferedRWPair)
from _io_text import TextIOWrapper, IncrementalNewlineDecoder  # noqa: E402


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    """CPython's `open`: a FileIO over the path or descriptor, in a buffered stream unless
    `buffering` is 0, in a TextIOWrapper unless the mode is binary."""
    if isinstance(file, float) or not isinstance(file, int):
        file = _io_streams._fspath(file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if isinstance(buffering, float) or not isinstance(buffering, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(buffering).__name__)
    for what, value in (("encoding", encoding), ("errors", errors), ("newline", newline)):
        if value is not None and not isinstance(value, str):
            raise TypeError("open() argument '%s' must be str or None, not %s"
                            % (what, type(value).__name__))
    modes = set(mode)
    if modes - set("axrwb+t") or len(mode) > len(modes):
        raise ValueError("invalid mode: %r" % (mode,))
    kinds = sum(c in modes for c in "xrwa")
    binary = "b" in modes
    if binary and "t" in modes:
        raise ValueError("can't have text and binary mode at once")
    if kinds > 1:
        raise ValueError("must have exactly one of create/read/write/append mode")
    if kinds == 0:
        raise ValueError("Must have exactly one of create/read/write/append mode and at "
                         "most one plus")
    if binary:
        for what, value in (("an encoding", encoding), ("an errors", errors),
                            ("a newline", newline)):
            if value is not None:
                raise ValueError("binary mode doesn't take %s argument" % what)
        if buffering == 1:
            import warnings
            warnings.warn("line buffering (buffering=1) isn't supported in binary mode, the "
                          "default buffer size will be used", RuntimeWarning, 2)
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError("illegal newline value: %s" % newline)
    if not isinstance(file, int):
        _io_streams.flush_pending()
    raw = FileIO(file, mode.replace("b", "").replace("t", ""), closefd, opener=opener)
    result = raw
    try:
        line_buffering = False
        if buffering == 1 or (buffering < 0 and raw.isatty()):
            buffering = -1
            line_buffering = True
        if buffering < 0:
            buffering = raw._blksize
        if buffering == 0:
            if binary:
                return result
            raise ValueError("can't have unbuffered text I/O")
        if "+" in modes:
            result = BufferedRandom(raw, buffering)
        elif "r" in modes:
            result = BufferedReader(raw, buffering)
        else:
            result = BufferedWriter(raw, buffering)
        if binary:
            return result
        result = TextIOWrapper(result, encoding, errors, newline, line_buffering)
        result.mode = mode
        return result
    except BaseException:
        result.close()
        raise


import _cfunctions
_cfunctions.mark(globals(), __name__)
del _cfunctions
