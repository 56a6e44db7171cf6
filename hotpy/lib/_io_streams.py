"""The binary layers of `_io`: `FileIO` (a raw stream over a file descriptor, opened from a
path or given one) and the buffered streams over any raw stream (`BufferedReader`,
`BufferedWriter`, `BufferedRandom`, `BufferedRWPair`), with CPython's positions, seeks,
modes, reprs and errors.

hotpy has no reference counts, so a file nobody closed is not closed when its last
reference goes. Two registries stand in for CPython's deallocator: a weak reference to each
open `FileIO` closes its descriptor when a collection finds the object dead, and a weak
reference to each writing buffered stream writes out what it still holds and closes its raw
stream. `flush_pending()` writes every live buffer out (before a file is opened by path, so
`open(p, "w").write(s)` is seen by the next `open(p)` as in CPython, and at exit)."""

import _hotpy
import _weakref
from _io import _RawIOBase, _BufferedIOBase, UnsupportedOperation, DEFAULT_BUFFER_SIZE

_O = dict(_hotpy.os_constants())
_S_IFMT = 0o170000
_S_IFDIR = 0o040000
_EMFILE = 24
_ENFILE = 23
_EISDIR = 21

# The registries: id(weak reference) -> (weak reference, what its callback needs).
_open_descriptors = {}
_pending_writers = {}
_flush_at_exit = []


def _forget(registry, key):
    if key is not None:
        registry.pop(key, None)


def _watch_descriptor(raw, fd):
    """Closes `fd` when `raw` dies unclosed; the key to forget it when `raw` closes."""
    def died(ref):
        if _open_descriptors.pop(id(ref), None) is not None:
            try:
                _hotpy.fd_call(0, fd, 0, 0)
            except OSError:
                pass
    ref = _weakref.ref(raw, died)
    _open_descriptors[id(ref)] = (ref, fd)
    return id(ref)


def _drain(raw, pending):
    """Writes `pending` (a bytearray, emptied in place) to `raw`."""
    while pending:
        n = raw.write(pending)
        if n is None:
            raise BlockingIOError(11, "write could not complete without blocking", 0)
        del pending[:n]


def _watch_writer(stream, raw, pending):
    """Writes `pending` out and closes `raw` when `stream` dies unclosed."""
    def died(ref):
        if _pending_writers.pop(id(ref), None) is not None:
            try:
                if not raw.closed:
                    _drain(raw, pending)
                    raw.close()
            except Exception:
                pass
    ref = _weakref.ref(stream, died)
    _pending_writers[id(ref)] = (ref, raw, pending)
    if not _flush_at_exit:
        import atexit
        atexit.register(flush_pending)
        _flush_at_exit.append(True)
    return id(ref)


def flush_pending():
    """Writes out what every open buffered writer holds."""
    for _, raw, pending in list(_pending_writers.values()):
        if pending and not raw.closed:
            try:
                _drain(raw, pending)
            except Exception:
                pass


def _open_path(path, flags, opener):
    """A descriptor for `path` (after a collection has closed dead files, if the process
    is out of descriptors)."""
    for attempt in (0, 1):
        try:
            if opener is None:
                return _hotpy.fd_open(path, flags, 0o666)
            fd = opener(path, flags)
            if isinstance(fd, bool) or not isinstance(fd, int):
                raise TypeError("expected integer from opener")
            if fd < 0:
                raise ValueError("opener returned %d" % fd)
            return fd
        except OSError as e:
            if attempt or e.errno not in (_EMFILE, _ENFILE):
                raise
            import gc
            gc.collect()


def _fspath(file):
    if isinstance(file, (str, bytes)):
        return file
    fspath = getattr(type(file), "__fspath__", None)
    if fspath is not None:
        path = fspath(file)
        if isinstance(path, (str, bytes)):
            return path
    raise TypeError("expected str, bytes or os.PathLike object, not %s" % type(file).__name__)


class FileIO(_RawIOBase):
    """A raw binary stream over a file descriptor: each read and write is one system call
    (`os.read`/`os.write`, which release the GIL while they wait)."""

    _fd = -1
    _closefd = True
    _watch = None

    def __init__(self, file, mode="r", closefd=True, opener=None):
        if self._fd >= 0:
            self.close()
        if isinstance(file, float):
            raise TypeError("integer argument expected, got float")
        if not isinstance(mode, str):
            raise TypeError("FileIO() argument 'mode' must be str, not %s" % type(mode).__name__)
        kinds = sum(c in mode for c in "rwxa")
        if set(mode) - set("rwxab+") or len(set(mode)) != len(mode) or mode.count("+") > 1:
            raise ValueError("invalid mode: %s" % mode)
        if kinds != 1:
            raise ValueError("Must have exactly one of create/read/write/append mode and "
                             "at most one plus")
        plus = "+" in mode
        self._created = "x" in mode
        self._appending = "a" in mode
        self._readable = "r" in mode or plus
        self._writable = "r" not in mode or plus
        flags = _O.get("O_CLOEXEC", 0)
        if self._readable and self._writable:
            flags |= _O["O_RDWR"]
        elif self._readable:
            flags |= _O["O_RDONLY"]
        else:
            flags |= _O["O_WRONLY"]
        if "x" in mode:
            flags |= _O["O_CREAT"] | _O["O_EXCL"]
        elif "w" in mode:
            flags |= _O["O_CREAT"] | _O["O_TRUNC"]
        elif "a" in mode:
            flags |= _O["O_CREAT"] | _O["O_APPEND"]
        if isinstance(file, int):
            if file < 0:
                raise ValueError("negative file descriptor")
            fd = int(file)
            self._closefd = bool(closefd)
        else:
            path = _fspath(file)
            if not closefd:
                raise ValueError("Cannot use closefd=False with file name")
            fd = _open_path(path, flags, opener)
            self._closefd = True
        self._fd = fd
        self.name = file
        self._seekable = None
        try:
            st = _hotpy.fd_fstat(fd)
            if st[0] & _S_IFMT == _S_IFDIR:
                import os
                raise IsADirectoryError(_EISDIR, os.strerror(_EISDIR), file)
            self._blksize = st[10] if st[10] > 1 else DEFAULT_BUFFER_SIZE
            if self._appending:
                try:
                    _hotpy.fd_call(1, fd, 0, 2)
                except OSError:
                    pass
        except BaseException:
            if self._closefd:
                _hotpy.fd_call(0, fd, 0, 0)
            self._fd = -1
            raise
        if self._closefd:
            self._watch = _watch_descriptor(self, fd)

    @property
    def closed(self):
        return self._fd < 0

    @property
    def closefd(self):
        return self._closefd

    @property
    def mode(self):
        if self._created:
            return "xb+" if self._readable else "xb"
        if self._appending:
            return "ab+" if self._readable else "ab"
        if self._readable:
            return "rb+" if self._writable else "rb"
        return "wb"

    def _checkClosed(self, msg=None):
        if self._fd < 0:
            raise ValueError("I/O operation on closed file" if msg is None else msg)

    _check = _checkClosed

    def fileno(self):
        self._checkClosed()
        return self._fd

    def readable(self):
        self._checkClosed()
        return self._readable

    def writable(self):
        self._checkClosed()
        return self._writable

    def seekable(self):
        self._checkClosed()
        if self._seekable is None:
            try:
                _hotpy.fd_call(1, self._fd, 0, 1)
                self._seekable = True
            except OSError:
                self._seekable = False
        return self._seekable

    def isatty(self):
        self._checkClosed()
        return _hotpy.fd_call(6, self._fd, 0, 0)

    def _reading(self):
        self._checkClosed()
        if not self._readable:
            raise UnsupportedOperation("File not open for reading")

    def read(self, size=-1):
        """At most `size` bytes from one read (all until the end: -1)."""
        self._reading()
        if size is None or size < 0:
            return self.readall()
        return _hotpy.fd_read(self._fd, size)

    def readall(self):
        self._reading()
        want = 65536
        try:
            size = _hotpy.fd_fstat(self._fd)[6]
            at = _hotpy.fd_call(1, self._fd, 0, 1)
            if size >= at:
                want = size - at + 1
        except OSError:
            pass
        chunks = []
        while True:
            chunk = _hotpy.fd_read(self._fd, want)
            if not chunk:
                break
            chunks.append(chunk)
            want = 65536
        return b"".join(chunks) if len(chunks) != 1 else chunks[0]

    def readinto(self, b):
        view = memoryview(b).cast("B")
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def write(self, data):
        self._checkClosed()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if not isinstance(data, bytes):
            data = memoryview(data).tobytes()
        return _hotpy.fd_write(self._fd, data)

    def seek(self, pos, whence=0):
        self._checkClosed()
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        return _hotpy.fd_call(1, self._fd, pos.__index__(), whence)

    def tell(self):
        self._checkClosed()
        return _hotpy.fd_call(1, self._fd, 0, 1)

    def truncate(self, size=None):
        self._checkClosed()
        if not self._writable:
            raise UnsupportedOperation("File not open for writing")
        if size is None:
            size = self.tell()
        _hotpy.fd_call(4, self._fd, size.__index__(), 0)
        return size

    def flush(self):
        self._checkClosed()

    def close(self):
        if self._fd >= 0:
            fd, self._fd = self._fd, -1
            _forget(_open_descriptors, self._watch)
            if self._closefd:
                _hotpy.fd_call(0, fd, 0, 0)

    def __getstate__(self):
        raise TypeError("cannot pickle 'FileIO' instances")

    def __repr__(self):
        if self._fd < 0:
            return "<_io.FileIO [closed]>"
        return "<_io.FileIO name=%r mode=%r closefd=%r>" % (self.name, self.mode,
                                                            self._closefd)


class _Buffered(_BufferedIOBase):
    """What the buffered streams share: a read buffer (`_rbuf` from `_rpos` on, bytes read
    ahead of the stream's position) and a write buffer (`_wbuf`, bytes not yet written to the
    raw stream). The subclasses say which of reading and writing they do."""

    _reads = False
    _writes = False
    _watch = None
    _kind = "Buffered"

    def __init__(self, raw, buffer_size=DEFAULT_BUFFER_SIZE):
        if self._reads and not raw.readable():
            raise OSError('"raw" argument must be readable.')
        if self._writes and not raw.writable():
            raise OSError('"raw" argument must be writable.')
        if buffer_size <= 0:
            raise ValueError("buffer size must be strictly positive")
        self._raw = raw
        self.buffer_size = buffer_size
        self._rbuf = b""
        self._rpos = 0
        self._wbuf = bytearray()
        if self._writes:
            self._watch = _watch_writer(self, raw, self._wbuf)

    @property
    def raw(self):
        return self._raw

    @property
    def closed(self):
        return self._raw.closed

    @property
    def name(self):
        return self._raw.name

    @property
    def mode(self):
        return self._raw.mode

    def _checkClosed(self, msg=None):
        if self._raw is None:
            raise ValueError("raw stream has been detached")
        if self._raw.closed:
            raise ValueError("I/O operation on closed file." if msg is None else msg)

    _check = _checkClosed

    def _stream(self):
        if self._raw is None:
            raise ValueError("raw stream has been detached")
        return self._raw

    def readable(self):
        return self._reads and self._stream().readable()

    def writable(self):
        return self._writes and self._stream().writable()

    def seekable(self):
        return self._stream().seekable()

    def fileno(self):
        return self._stream().fileno()

    def isatty(self):
        return self._stream().isatty()

    # Reading.

    def _buffered(self):
        return len(self._rbuf) - self._rpos

    def _take(self, n):
        out = self._rbuf[self._rpos:self._rpos + n]
        self._rpos += len(out)
        if self._rpos >= len(self._rbuf):
            self._rbuf, self._rpos = b"", 0
        return out

    def _start_reading(self):
        self._checkClosed()
        if not self._reads:
            raise UnsupportedOperation("read")
        if self._wbuf:
            self._flush_writes()

    def _fill(self, want):
        """One raw read of at least the buffer size; False at the end of the stream (None
        when a non-blocking stream has nothing)."""
        data = self._raw.read(max(want, self.buffer_size))
        if not data:
            return None if data is None else False
        if self._rpos:
            self._rbuf, self._rpos = self._rbuf[self._rpos:] + data, 0
        else:
            self._rbuf += data
        return True

    def read(self, size=-1):
        self._start_reading()
        if size is None or size < 0:
            head = self._take(self._buffered())
            rest = self._raw.readall() if hasattr(self._raw, "readall") else self._raw.read()
            if rest is None:
                return head or None
            return head + rest
        while self._buffered() < size:
            got = self._fill(size - self._buffered())
            if not got:
                if got is None and not self._buffered():
                    return None
                break
        return self._take(size)

    def read1(self, size=-1):
        self._start_reading()
        if size is None or size < 0:
            size = self.buffer_size
        if size == 0:
            return b""
        if not self._buffered():
            self._fill(size)
        return self._take(size)

    def peek(self, size=0):
        self._start_reading()
        if not self._buffered():
            self._fill(self.buffer_size)
        return self._rbuf[self._rpos:]

    def readline(self, size=-1):
        self._start_reading()
        if size is None:
            size = -1
        while True:
            end = self._rbuf.find(b"\n", self._rpos)
            if end >= 0:
                n = end + 1 - self._rpos
                break
            if 0 <= size <= self._buffered() or not self._fill(self.buffer_size):
                n = self._buffered()
                break
        if 0 <= size < n:
            n = size
        return self._take(n)

    def readinto(self, b):
        view = memoryview(b).cast("B")
        data = self.read(len(view))
        view[:len(data)] = data
        return len(data)

    def readinto1(self, b):
        view = memoryview(b).cast("B")
        data = self.read1(len(view))
        view[:len(data)] = data
        return len(data)

    def __next__(self):
        line = self.readline()
        if not line:
            raise StopIteration
        return line

    # Writing.

    def _flush_writes(self):
        _drain(self._raw, self._wbuf)

    def write(self, data):
        if type(data) is bytes and self._writes and not self._rbuf and not self._raw.closed:
            # The common case: more bytes for the write buffer.
            self._wbuf += data
            if len(self._wbuf) >= self.buffer_size:
                self._flush_writes()
            return len(data)
        if self._raw is not None and self._raw.closed:
            raise ValueError("write to closed file")
        self._checkClosed()
        if not self._writes:
            raise UnsupportedOperation("write")
        if isinstance(data, str):
            raise TypeError("a bytes-like object is required, not 'str'")
        if self._buffered():
            # The raw stream is ahead of this stream's position by what was read ahead.
            self._raw.seek(-self._buffered(), 1)
            self._rbuf, self._rpos = b"", 0
        n = len(data) if isinstance(data, (bytes, bytearray)) else memoryview(data).nbytes
        self._wbuf += data
        if len(self._wbuf) >= self.buffer_size:
            self._flush_writes()
        return n

    def flush(self):
        self._checkClosed()
        if self._writes:
            if self._raw.closed:
                raise ValueError("flush on closed file")
            self._flush_writes()

    def truncate(self, pos=None):
        self._checkClosed()
        if not self._writes:
            raise UnsupportedOperation("truncate")
        self.flush()
        if pos is None:
            pos = self.tell()
        return self._raw.truncate(pos)

    # Positions.

    def tell(self):
        self._checkClosed()
        pos = self._raw.tell() - self._buffered() + len(self._wbuf)
        return max(pos, 0)

    def seek(self, pos, whence=0):
        self._checkClosed()
        if isinstance(pos, float):
            raise TypeError("an integer is required")
        if whence not in (0, 1, 2):
            raise ValueError("whence value %r unsupported" % (whence,))
        if self._wbuf:
            self._flush_writes()
        if whence == 1:
            pos -= self._buffered()
        self._rbuf, self._rpos = b"", 0
        return self._raw.seek(pos, whence)

    # Closing.

    def close(self):
        raw = self._raw
        if raw is None or raw.closed:
            return
        try:
            if self._writes:
                self._flush_writes()
        finally:
            _forget(_pending_writers, self._watch)
            self._watch = None
            raw.close()

    def detach(self):
        self._checkClosed()
        if self._writes:
            self._flush_writes()
        _forget(_pending_writers, self._watch)
        self._watch = None
        raw, self._raw = self._raw, None
        return raw

    def __getstate__(self):
        raise TypeError("cannot pickle '_io.%s' object" % type(self).__name__)

    def __repr__(self):
        kind = "_io." + type(self).__name__
        try:
            name = self.name
        except Exception:
            return "<%s>" % kind
        return "<%s name=%r>" % (kind, name)


class BufferedReader(_Buffered):
    _reads = True


class BufferedWriter(_Buffered):
    _writes = True


class BufferedRandom(_Buffered):
    _reads = True
    _writes = True


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

    def readinto(self, b):
        return self.reader.readinto(b)

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

    def isatty(self):
        return self.reader.isatty() or self.writer.isatty()

    def close(self):
        try:
            self.writer.close()
        finally:
            self.reader.close()
