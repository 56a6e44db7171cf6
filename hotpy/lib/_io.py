"""hotpy's files: `open()` and `sys.stdout`/`sys.stderr`, in Python over a few native
functions of the `_hotpy` module (whole-file reads and writes, stream writes)."""
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
        if self._writing:
            _track_writer(self)

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

    def readline(self, size=-1):
        self._check()
        data = self._data
        end = data.find("\n" if isinstance(data, str) else b"\n", self._pos)
        end = len(data) if end < 0 else end + 1
        if size is not None and size >= 0:
            end = min(end, self._pos + size)
        out = data[self._pos:end]
        self._pos = end
        return out

    def tell(self):
        self._check()
        return self._pos

    def seek(self, pos, whence=0):
        self._check()
        if whence == 0:
            if pos < 0:
                raise ValueError("negative seek position %d" % pos)
            self._pos = pos
        elif whence == 1:
            self._pos = max(0, self._pos + pos)
        elif whence == 2:
            self._pos = max(0, len(self._data) + pos)
        else:
            raise ValueError("invalid whence (%d, should be 0, 1 or 2)" % whence)
        return self._pos

    def readable(self):
        self._check()
        return "r" in self.mode or "+" in self.mode

    def writable(self):
        self._check()
        return self._writing

    def seekable(self):
        self._check()
        return True

    def isatty(self):
        self._check()
        return False

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def close(self):
        if not self.closed:
            self.flush()
            self.closed = True
            _writers.pop(id(self), None)

    def __enter__(self):
        return self

    def __exit__(self, kind, value, tb):
        self.close()
        return False


# The files open for writing, by id, held until they are closed. CPython flushes a file
# when its last reference goes (`open(p, "w").write(s)` is on disk at once); hotpy has no
# reference counts, so it keeps each such file (its pending data must not die with it)
# and flushes them all before opening a file by path and at exit.
_writers = {}
_flush_at_exit = []


def _track_writer(f):
    _writers[id(f)] = f
    if not _flush_at_exit:
        import atexit
        atexit.register(_flush_writers)
        _flush_at_exit.append(True)


def _flush_writers():
    for key, f in list(_writers.items()):
        if f.closed:
            _writers.pop(key, None)
            continue
        try:
            f.flush()
        except Exception:
            pass


def _is_utf8(encoding):
    return encoding is None or encoding.lower().replace("_", "-") in ("utf-8", "utf8", "locale")


class TextFile(_File, _TextIOBase):
    def __init__(self, path, mode, encoding=None, errors=None, newline=None):
        super().__init__(path, mode)
        if encoding is not None and not _is_utf8(encoding):
            import codecs
            codecs.lookup(encoding)
        self.encoding = "UTF-8" if encoding is None else encoding
        self.errors = "strict" if errors is None else errors
        self._newline = newline
        if "r" in mode or "+" in mode:
            if _is_utf8(encoding) and self.errors == "strict":
                text = _hotpy.read_file(path)
            else:
                text = _hotpy.read_file_bytes(path).decode(self.encoding, self.errors)
            if newline is None and "\r" in text:
                text = text.replace("\r\n", "\n").replace("\r", "\n")
            self._data = text
        else:
            self._data = ""
        if "w" in mode:
            _hotpy.write_file(path, "", False)
        if "x" in mode:
            _hotpy.create_file(path)

    def read(self, size=-1):
        return self._take(self._data, size)

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
            text = "".join(self._pending)
            if self._newline not in (None, "", "\n"):
                text = text.replace("\n", self._newline)
            if _is_utf8(self.encoding) and self.errors == "strict":
                _hotpy.write_file(self.name, text, True)
            else:
                _hotpy.write_file_bytes(self.name, text.encode(self.encoding, self.errors), True)
            self._pending = []


class BinaryFile(_File, _BufferedIOBase):
    def __init__(self, path, mode):
        super().__init__(path, mode)
        self._data = _hotpy.read_file_bytes(path) if ("r" in mode or "+" in mode) else b""
        if "w" in mode:
            _hotpy.write_file_bytes(path, b"", False)

    def read(self, size=-1):
        return self._take(self._data, size)

    def read1(self, size=-1):
        return self.read(size)

    def peek(self, size=0):
        self._check()
        return self._data[self._pos:]

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


def open(file, mode="r", buffering=-1, encoding=None, errors=None, newline=None,
         closefd=True, opener=None):
    if isinstance(file, int) and not isinstance(file, bool):
        return open_fd(file, mode, encoding, errors, newline, closefd)
    if not isinstance(file, str):
        import os
        file = os.fspath(file)
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    if _writers:
        _flush_writers()
    kinds = sum(c in mode for c in "rwxa")
    if (set(mode) - set("rwxab+t") or len(set(mode)) != len(mode) or kinds != 1
            or ("b" in mode and "t" in mode)):
        raise ValueError("invalid mode: '%s'" % mode)
    if "b" in mode:
        if encoding is not None:
            raise ValueError("binary mode doesn't take an encoding argument")
        if errors is not None:
            raise ValueError("binary mode doesn't take an errors argument")
        if newline is not None:
            raise ValueError("binary mode doesn't take a newline argument")
        return BinaryFile(file, mode)
    if newline not in (None, "", "\n", "\r", "\r\n"):
        raise ValueError("illegal newline value: %s" % newline)
    return TextFile(file, mode, encoding, errors, newline)


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


class UnsupportedOperation(OSError):
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

    def readline(self, size=-1):
        self._check()
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


class TextIOWrapper(_TextIOBase):
    """A text stream over a binary one (`buffer`: read, write, flush, close...): decoded
    and encoded with `encoding`, newlines translated as `newline` says (None: universal
    newlines on reading, "\\n" written as is)."""

    _CHUNK = 8192

    def __init__(self, buffer, encoding=None, errors=None, newline=None,
                 line_buffering=False, write_through=False):
        import codecs
        if newline is not None and not isinstance(newline, str):
            raise TypeError("TextIOWrapper() argument 'newline' must be str or None, not %s"
                            % type(newline).__name__)
        if newline not in (None, "", "\n", "\r", "\r\n"):
            raise ValueError("illegal newline value: %s" % newline)
        if encoding is None or encoding == "locale":
            encoding = "utf-8"
        if not isinstance(encoding, str):
            raise TypeError("TextIOWrapper() argument 'encoding' must be str or None, not %s"
                            % type(encoding).__name__)
        if errors is None:
            errors = "strict"
        codecs.lookup(encoding)
        self.buffer = buffer
        self._encoding = encoding
        self._errors = errors
        self._newline = newline
        self.line_buffering = line_buffering
        self.write_through = write_through
        self._decoder = codecs.getincrementaldecoder(encoding)(errors)
        self._pending = ""
        self._pending_raw = ""
        self._eof = False
        self._seen = set()

    encoding = property(lambda self: self._encoding)
    errors = property(lambda self: self._errors)
    name = property(lambda self: self.buffer.name)
    closed = property(lambda self: self.buffer.closed)

    @property
    def newlines(self):
        if not self._seen:
            return None
        kinds = tuple(k for k in ("\r", "\n", "\r\n") if k in self._seen)
        return kinds[0] if len(kinds) == 1 else kinds

    def _check(self):
        if self.buffer.closed:
            raise ValueError("I/O operation on closed file.")

    def _translate(self, text, final):
        """Universal newlines (newline None): \\r\\n and \\r become \\n. A final \\r waits
        for the next chunk, which may start with \\n."""
        if self._newline is not None or "\r" not in text:
            if "\n" in text:
                self._seen.add("\n")
            return text, ""
        held = ""
        if text.endswith("\r") and not final:
            text, held = text[:-1], "\r"
        if "\r\n" in text:
            self._seen.add("\r\n")
        if "\r" in text.replace("\r\n", ""):
            self._seen.add("\r")
        if "\n" in text.replace("\r\n", ""):
            self._seen.add("\n")
        return text.replace("\r\n", "\n").replace("\r", "\n"), held

    def _fill(self, size):
        """Reads and decodes one more chunk into the pending text; False at the end."""
        if self._eof:
            return False
        # read1: what is there (a pipe or socket need not fill the chunk before a line).
        read = getattr(self.buffer, "read1", None) or self.buffer.read
        data = read(size)
        final = not data
        text = self._decoder.decode(data or b"", final)
        text, held = self._translate(self._pending_raw + text, final)
        self._pending_raw = held
        self._pending += text
        self._eof = final
        return True

    def read(self, size=-1):
        self._check()
        if size is None or size < 0:
            while self._fill(self._CHUNK * 8):
                pass
            out, self._pending = self._pending, ""
            return out
        while len(self._pending) < size and self._fill(self._CHUNK):
            pass
        out, self._pending = self._pending[:size], self._pending[size:]
        return out

    def _line_end(self, text):
        if self._newline in (None, "\n", ""):
            if self._newline == "":
                ends = [i for i in (text.find("\n"), text.find("\r")) if i >= 0]
                if not ends:
                    return -1
                i = min(ends)
                if text[i] == "\r" and text[i + 1:i + 2] == "\n":
                    return i + 2
                if text[i] == "\r" and i + 1 == len(text) and not self._eof:
                    return -1
                return i + 1
            i = text.find("\n")
            return -1 if i < 0 else i + 1
        i = text.find(self._newline)
        return -1 if i < 0 else i + len(self._newline)

    def readline(self, size=-1):
        self._check()
        while True:
            end = self._line_end(self._pending)
            if end >= 0 or self._eof:
                break
            if size is not None and 0 <= size <= len(self._pending):
                break
            self._fill(self._CHUNK)
        if end < 0:
            end = len(self._pending)
        if size is not None and 0 <= size < end:
            end = size
        out, self._pending = self._pending[:end], self._pending[end:]
        return out

    def write(self, s):
        self._check()
        if not isinstance(s, str):
            raise TypeError("write() argument must be str, not %s" % type(s).__name__)
        n = len(s)
        text = s.replace("\n", self._newline) if self._newline not in (None, "", "\n") else s
        self.buffer.write(text.encode(self._encoding, self._errors))
        if self.line_buffering and ("\n" in s or "\r" in s):
            self.flush()
        return n

    def writelines(self, lines):
        for line in lines:
            self.write(line)

    def flush(self):
        self.buffer.flush()

    def close(self):
        if not self.buffer.closed:
            try:
                self.flush()
            finally:
                self.buffer.close()

    def detach(self):
        buffer = self.buffer
        self.flush()
        self.buffer = None
        return buffer

    def fileno(self):
        return self.buffer.fileno()

    def isatty(self):
        return self.buffer.isatty()

    def readable(self):
        return self.buffer.readable()

    def writable(self):
        return self.buffer.writable()

    def seekable(self):
        return False

    def __enter__(self):
        self._check()
        return self

    def __exit__(self, *exc):
        self.close()

    def __repr__(self):
        try:
            name = self.name
        except AttributeError:
            return "<_io.TextIOWrapper encoding=%r>" % self._encoding
        return "<_io.TextIOWrapper name=%r encoding=%r>" % (name, self._encoding)


def text_encoding(encoding, stacklevel=2):
    return "locale" if encoding is None else encoding


def open_code(path):
    return open(path, "rb")


# Streams over descriptors and raw streams (`_io_streams.py`); it imports this module's
# bases, so it comes last.
from _io_streams import (FileIO, BufferedReader, BufferedWriter, BufferedRWPair,  # noqa: E402
                         open_fd)


class IncrementalNewlineDecoder:
    """Wraps an incremental decoder (or None: the input is already str) and turns "\\r\\n"
    and "\\r" into "\\n" when `translate` is true, remembering which newlines it saw
    (`newlines`). A "\\r" at the end of one input is held back until the next one shows
    whether a "\\n" follows."""

    _LF, _CR, _CRLF = 1, 2, 4
    _SEEN = (None, "\n", "\r", ("\r", "\n"), "\r\n", ("\n", "\r\n"), ("\r", "\r\n"),
             ("\r", "\n", "\r\n"))

    def __init__(self, decoder, translate, errors="strict"):
        self.decoder = decoder
        self.translate = translate
        self.errors = errors
        self._seen = 0
        self._held_cr = False

    def decode(self, input, final=False):
        if self.decoder is None:
            if not isinstance(input, str):
                raise TypeError("decoder should return a string result, not '%s'"
                                % type(input).__name__)
            text = input
        else:
            text = self.decoder.decode(input, final=final)
            if not isinstance(text, str):
                raise TypeError("decoder should return a string result, not '%s'"
                                % type(text).__name__)
        if self._held_cr and (text or final):
            text = "\r" + text
            self._held_cr = False
        if text.endswith("\r") and not final:
            text = text[:-1]
            self._held_cr = True
        crlf = text.count("\r\n")
        cr = text.count("\r") - crlf
        lf = text.count("\n") - crlf
        if lf:
            self._seen |= self._LF
        if cr:
            self._seen |= self._CR
        if crlf:
            self._seen |= self._CRLF
        if self.translate and (cr or crlf):
            text = text.replace("\r\n", "\n").replace("\r", "\n")
        return text

    def getstate(self):
        buffered, flag = (b"", 0) if self.decoder is None else self.decoder.getstate()
        return buffered, (flag << 1) | int(self._held_cr)

    def setstate(self, state):
        buffered, flag = state
        self._held_cr = bool(flag & 1)
        if self.decoder is not None:
            self.decoder.setstate((buffered, flag >> 1))

    def reset(self):
        self._seen = 0
        self._held_cr = False
        if self.decoder is not None:
            self.decoder.reset()

    @property
    def newlines(self):
        return self._SEEN[self._seen]
