"""hotpy's `zlib`: compression with the zlib library itself (built from the source bundled in
the `libz-sys` crate, so the compressed bytes are the same as CPython's), reached through
`hotpy/src/modules/zlib`. This module has CPython's functions, the Compress and Decompress
objects and their errors; a native stream lives while its object does."""

import _hotpy
from weakref import finalize as _finalize

MAX_WBITS = 15
DEFLATED = 8
DEF_MEM_LEVEL = 8
DEF_BUF_SIZE = 16384
Z_NO_COMPRESSION = 0
Z_BEST_SPEED = 1
Z_BEST_COMPRESSION = 9
Z_DEFAULT_COMPRESSION = -1
Z_FILTERED = 1
Z_HUFFMAN_ONLY = 2
Z_RLE = 3
Z_FIXED = 4
Z_DEFAULT_STRATEGY = 0
Z_NO_FLUSH = 0
Z_PARTIAL_FLUSH = 1
Z_SYNC_FLUSH = 2
Z_FULL_FLUSH = 3
Z_FINISH = 4
Z_BLOCK = 5
Z_TREES = 6
ZLIB_RUNTIME_VERSION = _hotpy.zlib_version()
ZLIB_VERSION = ZLIB_RUNTIME_VERSION

_Z_STREAM_ERROR = -2


class error(Exception):
    pass


error.__module__ = "zlib"


def _bytes_like(data):
    if isinstance(data, (bytes, bytearray)):
        return data
    try:
        return memoryview(data).tobytes()
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def _int(value):
    if isinstance(value, int):
        return value
    if hasattr(type(value), "__index__"):
        return type(value).__index__(value)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(value).__name__)


def _checked(result):
    """The bytes a native call made, or its failure raised as zlib.error."""
    if type(result) is str:
        raise error(result)
    return result


def _new_stream(made):
    if type(made) is str:
        raise error(made)
    return made


class Compress:
    """A compression stream (`zlib.compressobj()`)."""

    def __init__(self, level, method, wbits, memLevel, strategy, zdict):
        self._id = _new_stream(_hotpy.zlib_deflater(level, method, wbits, memLevel,
                                                    strategy, zdict))
        self._ended = False
        _finalize(self, _hotpy.zlib_free, self._id)

    def compress(self, data, /):
        data = _bytes_like(data)
        if self._ended:
            raise error("Error -2 while compressing data: inconsistent stream state")
        return _checked(_hotpy.zlib_deflate(self._id, data, Z_NO_FLUSH))

    def flush(self, mode=Z_FINISH, /):
        mode = _int(mode)
        if mode == Z_NO_FLUSH:
            return b""
        if self._ended:
            raise error("Error -2 while flushing: inconsistent stream state")
        out = _checked(_hotpy.zlib_deflate(self._id, b"", mode))
        if mode == Z_FINISH:
            self._ended = True
            _hotpy.zlib_free(self._id)
        return out

    def copy(self):
        if self._ended:
            raise ValueError("Inconsistent stream state")
        twin = object.__new__(_Compress)
        twin._id = _new_stream(_hotpy.zlib_copy(self._id))
        twin._ended = False
        _finalize(twin, _hotpy.zlib_free, twin._id)
        return twin

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()

    def __reduce__(self):
        raise TypeError("cannot pickle 'zlib.Compress' object")


class Decompress:
    """A decompression stream (`zlib.decompressobj()`): `unused_data` holds the bytes after
    the end of the compressed data, `unconsumed_tail` the input a `max_length` left."""

    def __init__(self, wbits, zdict):
        self._id = _new_stream(_hotpy.zlib_inflater(wbits, zdict))
        self._ended = False
        self.unused_data = b""
        self.unconsumed_tail = b""
        self.eof = False
        _finalize(self, _hotpy.zlib_free, self._id)

    def _run(self, data, max_length, finish):
        out = _checked(_hotpy.zlib_inflate(self._id, data, max_length, finish))
        status = _hotpy.zlib_inflate_status(self._id)
        left, eof = status >> 1, bool(status & 1)
        rest = bytes(data[len(data) - left:]) if left else b""
        if eof:
            if not self.eof:
                self.unconsumed_tail = b""
            self.unused_data += rest
            self.eof = True
        else:
            self.unconsumed_tail = rest
        return out

    def decompress(self, data, /, max_length=0):
        data = _bytes_like(data)
        max_length = _int(max_length)
        if max_length < 0:
            raise ValueError("max_length must be non-negative")
        if self._ended:
            self.unused_data += bytes(data)
            return b""
        return self._run(data, max_length, False)

    def flush(self, length=DEF_BUF_SIZE, /):
        length = _int(length)
        if length <= 0:
            raise ValueError("length must be greater than zero")
        if self._ended:
            return b""
        out = self._run(self.unconsumed_tail, 0, True)
        if self.eof:
            self._ended = True
            _hotpy.zlib_free(self._id)
        return out

    def copy(self):
        if self._ended:
            raise ValueError("Inconsistent stream state")
        twin = object.__new__(_Decompress)
        twin._id = _new_stream(_hotpy.zlib_copy(self._id))
        twin._ended = False
        twin.unused_data = self.unused_data
        twin.unconsumed_tail = self.unconsumed_tail
        twin.eof = self.eof
        _finalize(twin, _hotpy.zlib_free, twin._id)
        return twin

    __copy__ = copy

    def __deepcopy__(self, memo):
        return self.copy()

    def __reduce__(self):
        raise TypeError("cannot pickle 'zlib.Decompress' object")


Compress.__module__ = Decompress.__module__ = "zlib"
_Compress, _Decompress = Compress, Decompress


def compressobj(level=Z_DEFAULT_COMPRESSION, method=DEFLATED, wbits=MAX_WBITS,
                memLevel=DEF_MEM_LEVEL, strategy=Z_DEFAULT_STRATEGY, zdict=None):
    if zdict is not None:
        zdict = _bytes_like(zdict)
    return _Compress(_int(level), _int(method), _int(wbits), _int(memLevel), _int(strategy),
                    zdict)


def decompressobj(wbits=MAX_WBITS, zdict=b""):
    try:
        zdict = _bytes_like(zdict)
    except TypeError:
        raise TypeError("zdict argument must support the buffer protocol") from None
    return _Decompress(_int(wbits), zdict if zdict else None)


def compress(data, /, level=Z_DEFAULT_COMPRESSION, wbits=MAX_WBITS):
    data = _bytes_like(data)
    level, wbits = _int(level), _int(wbits)
    try:
        stream = _Compress(level, DEFLATED, wbits, DEF_MEM_LEVEL, Z_DEFAULT_STRATEGY, None)
    except ValueError:
        raise error("Bad compression level") from None
    out = stream.compress(data) + stream.flush(Z_FINISH)
    return out


def decompress(data, /, wbits=MAX_WBITS, bufsize=DEF_BUF_SIZE):
    data = _bytes_like(data)
    wbits, bufsize = _int(wbits), _int(bufsize)
    if bufsize < 0:
        raise ValueError("bufsize must be non-negative")
    try:
        stream = _Decompress(wbits, None)
    except ValueError:
        raise error("Error -2 while preparing to decompress data: inconsistent stream state") \
            from None
    out = stream.decompress(data)
    if not stream.eof:
        raise error("Error -5 while decompressing data: incomplete or truncated stream")
    return out


def crc32(data, value=0, /):
    return _hotpy.zlib_crc32(_bytes_like(data), _int(value) & 0xFFFFFFFF)


def adler32(data, value=1, /):
    return _hotpy.zlib_adler32(_bytes_like(data), _int(value) & 0xFFFFFFFF)


del Compress, Decompress


import _cfunctions
_cfunctions.mark(globals(), __name__)
del _cfunctions
