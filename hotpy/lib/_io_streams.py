"""The streams of `_io` over file descriptors and raw streams: `FileIO` (what `open` of a
descriptor gives), and `BufferedReader`, `BufferedWriter`, `BufferedRWPair` over a raw
stream (`socket.makefile` wraps its `SocketIO` in them). Writes go through at once (no
write buffer); a reader keeps what it read past what was asked for."""

import _hotpy
from _io import _RawIOBase, _BufferedIOBase, UnsupportedOperation, DEFAULT_BUFFER_SIZE


class FileIO(_RawIOBase):
    """A binary stream straight over a file descriptor (what `open` of an int gives, in
    binary mode; text mode wraps it in a TextIOWrapper): each read and write is a system
    call (`os.read`/`os.write`, which release the GIL while they wait)."""

    def __init__(self, fd, mode="r", closefd=True):
        if isinstance(fd, bool) or not isinstance(fd, int):
            raise TypeError("FileIO() needs a file descriptor (int) here")
        if fd < 0:
            raise ValueError("negative file descriptor")
        self._fd = int(fd)
        self.name = fd
        self.mode = mode.replace("t", "") if "b" in mode else mode + "b"
        self._closefd = closefd
        self._readable = "r" in mode or "+" in mode
        self._writable = "r" not in mode or "+" in mode
        self.closed = False

    def _check(self):
        self._checkClosed()

    def fileno(self):
        self._checkClosed()
        return self._fd

    def readable(self):
        self._checkClosed()
        return self._readable

    def writable(self):
        self._checkClosed()
        return self._writable

    def isatty(self):
        self._checkClosed()
        return _hotpy.fd_call(6, self._fd, 0, 0)

    def _reading(self):
        self._checkClosed()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")

    def read(self, size=-1):
        """Up to `size` bytes (all until the end: -1), fewer only at the end."""
        self._reading()
        chunks = []
        count = 0
        while size is None or size < 0 or count < size:
            want = 65536 if size is None or size < 0 else min(size - count, 1 << 20)
            chunk = _hotpy.fd_read(self._fd, want)
            if not chunk:
                break
            chunks.append(chunk)
            count += len(chunk)
        return b"".join(chunks)

    readall = read

    def read1(self, size=-1):
        self._reading()
        return _hotpy.fd_read(self._fd, 65536 if size is None or size < 0 else size)

    def readinto(self, b):
        data = self.read1(len(memoryview(b).cast("B")))
        memoryview(b).cast("B")[:len(data)] = data
        return len(data)

    def readline(self, size=-1):
        self._reading()
        line = bytearray()
        while size is None or size < 0 or len(line) < size:
            byte = _hotpy.fd_read(self._fd, 1)
            if not byte:
                break
            line += byte
            if byte == b"\n":
                break
        return bytes(line)

    def write(self, data):
        self._checkClosed()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        if not isinstance(data, bytes):
            data = memoryview(data).tobytes()
        done = 0
        while done < len(data):
            done += _hotpy.fd_write(self._fd, data[done:] if done else data)
        return len(data)

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.closed:
            self.closed = True
            if self._closefd:
                _hotpy.fd_call(0, self._fd, 0, 0)

    def __repr__(self):
        if self.closed:
            return "<_io.FileIO [closed]>"
        return "<_io.FileIO fd=%d mode=%r closefd=%r>" % (self._fd, self.mode, self._closefd)


class BufferedReader(_BufferedIOBase):
    """Reads from a raw stream in chunks of `buffer_size`, keeping the rest for later."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self.buffer_size = buffer_size
        self._buffer = b""

    name = property(lambda self: self.raw.name)
    mode = property(lambda self: self.raw.mode)
    closed = property(lambda self: self.raw.closed)

    def _check(self):
        self._checkClosed()

    def readable(self):
        return self.raw.readable()

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def _fill(self, size):
        """One read of the raw stream into the buffer; False at the end (or no data of a
        non-blocking stream)."""
        data = self.raw.read(max(size, self.buffer_size))
        if not data:
            return False
        self._buffer += data
        return True

    def read(self, size=-1):
        self._checkClosed()
        if size is None or size < 0:
            while self._fill(self.buffer_size):
                pass
            out, self._buffer = self._buffer, b""
            return out
        while len(self._buffer) < size and self._fill(size - len(self._buffer)):
            pass
        out, self._buffer = self._buffer[:size], self._buffer[size:]
        return out

    def read1(self, size=-1):
        self._checkClosed()
        if not self._buffer:
            self._fill(size if size and size > 0 else self.buffer_size)
        if size is None or size < 0:
            size = len(self._buffer)
        out, self._buffer = self._buffer[:size], self._buffer[size:]
        return out

    def peek(self, size=0):
        self._checkClosed()
        if not self._buffer:
            self._fill(self.buffer_size)
        return self._buffer

    def readline(self, size=-1):
        self._checkClosed()
        while b"\n" not in self._buffer:
            if size is not None and 0 <= size <= len(self._buffer):
                break
            if not self._fill(self.buffer_size):
                break
        end = self._buffer.find(b"\n") + 1 or len(self._buffer)
        if size is not None and 0 <= size < end:
            end = size
        out, self._buffer = self._buffer[:end], self._buffer[end:]
        return out

    def close(self):
        if not self.raw.closed:
            self.raw.close()

    def detach(self):
        raw, self.raw = self.raw, None
        return raw

    def __repr__(self):
        try:
            return "<_io.BufferedReader name=%r>" % (self.name,)
        except Exception:
            return "<_io.BufferedReader>"


class BufferedWriter(_BufferedIOBase):
    """Writes to a raw stream; each write goes through at once."""

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self.raw = raw
        self.buffer_size = buffer_size

    name = property(lambda self: self.raw.name)
    mode = property(lambda self: self.raw.mode)
    closed = property(lambda self: self.raw.closed)

    def writable(self):
        return self.raw.writable()

    def fileno(self):
        return self.raw.fileno()

    def isatty(self):
        return self.raw.isatty()

    def write(self, data):
        self._checkClosed()
        view = memoryview(data).cast("B")
        total = len(view)
        done = 0
        while done < total:
            n = self.raw.write(view[done:])
            if n is None:
                raise BlockingIOError(11, "write could not complete without blocking", done)
            done += n
        return total

    def flush(self):
        self._checkClosed()

    def close(self):
        if not self.raw.closed:
            self.raw.close()

    def detach(self):
        raw, self.raw = self.raw, None
        return raw

    def __repr__(self):
        try:
            return "<_io.BufferedWriter name=%r>" % (self.name,)
        except Exception:
            return "<_io.BufferedWriter>"


class BufferedRWPair(_BufferedIOBase):
    """A reader and a writer as one stream."""

    def __init__(self, reader, writer, buffer_size=DEFAULT_BUFFER_SIZE):
        self.reader = BufferedReader(reader, buffer_size)
        self.writer = BufferedWriter(writer, buffer_size)

    closed = property(lambda self: self.writer.closed)

    def read(self, size=-1):
        return self.reader.read(size)

    def read1(self, size=-1):
        return self.reader.read1(size)

    def readline(self, size=-1):
        return self.reader.readline(size)

    def peek(self, size=0):
        return self.reader.peek(size)

    def write(self, data):
        return self.writer.write(data)

    def flush(self):
        self.writer.flush()

    def readable(self):
        return self.reader.readable()

    def writable(self):
        return self.writer.writable()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()


def open_fd(fd, mode, encoding, errors, newline, closefd):
    """`open` of a file descriptor: a FileIO, in a TextIOWrapper in text mode."""
    if not isinstance(mode, str):
        raise TypeError("open() argument 'mode' must be str, not %s" % type(mode).__name__)
    kinds = sum(c in mode for c in "rwxa")
    if (set(mode) - set("rwxab+t") or len(set(mode)) != len(mode) or kinds != 1
            or ("b" in mode and "t" in mode)):
        raise ValueError("invalid mode: '%s'" % mode)
    raw = FileIO(fd, mode, closefd)
    if "b" in mode:
        return raw
    from _io import TextIOWrapper
    return TextIOWrapper(raw, encoding, errors, newline)
