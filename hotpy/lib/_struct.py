"""`_struct` (hotpy): packing values into bytes and back by a format, as CPython's C module
does it (byte orders, native sizes and alignment of x86-64 Linux, its error messages). Ints go
through int.to_bytes/from_bytes, floats through `_hotpy.float_pack`/`float_unpack` (IEEE 754
bits, with binary16 rounding). `pack_into` needs bytearray, which hotpy does not have yet."""

import _hotpy

__all__ = ["calcsize", "pack", "pack_into", "unpack", "unpack_from", "iter_unpack", "Struct",
           "error"]


class error(Exception):
    pass


error.__module__ = "struct"

# code: (standard size, native size, native alignment, kind)
_CODES = {
    "x": (1, 1, 1, "pad"), "c": (1, 1, 1, "char"), "b": (1, 1, 1, "int"),
    "B": (1, 1, 1, "uint"), "?": (1, 1, 1, "bool"), "h": (2, 2, 2, "int"),
    "H": (2, 2, 2, "uint"), "i": (4, 4, 4, "int"), "I": (4, 4, 4, "uint"),
    "l": (4, 8, 8, "int"), "L": (4, 8, 8, "uint"), "q": (8, 8, 8, "int"),
    "Q": (8, 8, 8, "uint"), "n": (None, 8, 8, "int"), "N": (None, 8, 8, "uint"),
    "e": (2, 2, 2, "float"), "f": (4, 4, 4, "float"), "d": (8, 8, 8, "float"),
    "s": (1, 1, 1, "bytes"), "p": (1, 1, 1, "pascal"), "P": (None, 8, 8, "uint"),
}

_SMALL_NAMES = {"b": "byte", "B": "ubyte", "h": "short", "H": "ushort"}

_cache = {}


def _parse(fmt):
    """(byte order, native?, [(code, count, offset, size)], total size) of a format."""
    if isinstance(fmt, bytes):
        fmt = fmt.decode("latin-1")
    if not isinstance(fmt, str):
        raise TypeError("Struct() argument 1 must be a str or bytes object, not %s"
                        % type(fmt).__name__)
    found = _cache.get(fmt)
    if found is not None:
        return found
    order = "@"
    body = fmt
    if body[:1] in ("@", "=", "<", ">", "!"):
        order = body[0]
        body = body[1:]
    native = order == "@"
    little = order in ("@", "=", "<")
    items = []
    offset = 0
    i = 0
    n = len(body)
    while i < n:
        c = body[i]
        if c.isspace():
            i += 1
            continue
        count = None
        if c.isdigit():
            j = i
            while j < n and body[j].isdigit():
                j += 1
            count = int(body[i:j])
            i = j
            if i >= n:
                raise error("repeat count given without format specifier")
            c = body[i]
        i += 1
        spec = _CODES.get(c)
        if spec is None or (spec[0] is None and not native):
            raise error("bad char in struct format")
        std_size, native_size, align, kind = spec
        size = native_size if native else std_size
        if native and align > 1:
            offset = (offset + align - 1) // align * align
        if count is None:
            count = 1
        if kind in ("bytes", "pascal"):
            items.append((c, count, offset, count))
            offset += count
        else:
            for _ in range(count):
                items.append((c, 1, offset, size))
                offset += size
    result = (little, native, items, offset, fmt)
    if len(_cache) > 200:
        _cache.clear()
    _cache[fmt] = result
    return result


def _clearcache():
    """Clear the internal cache of parsed formats."""
    _cache.clear()


def calcsize(format):
    """The size in bytes of the struct described by format."""
    return _parse(format)[3]


def _int_value(v, code):
    if isinstance(v, int):
        return int(v)
    index = getattr(type(v), "__index__", None)
    if index is None:
        raise error("required argument is not an integer")
    return index(v)


def _pack_item(code, count, size, v, little, native):
    kind = _CODES[code][3]
    order = "little" if little else "big"
    if kind == "int" or kind == "uint":
        n = _int_value(v, code)
        bits = size * 8
        if kind == "int":
            lo, hi = -(1 << (bits - 1)), (1 << (bits - 1)) - 1
        else:
            lo, hi = 0, (1 << bits) - 1
        if not lo <= n <= hi:
            if code in _SMALL_NAMES:
                raise error("%s format requires %d <= number <= %d"
                            % (_SMALL_NAMES[code], lo, hi))
            if code in "qQnNP" or (native and code in "lL"):
                raise error("argument out of range")
            raise error("'%s' format requires %d <= number <= %d" % (code, lo, hi))
        return n.to_bytes(size, order, signed=(kind == "int"))
    if kind == "bool":
        return b"\x01" if v else b"\x00"
    if kind == "float":
        if not isinstance(v, (int, float)):
            try:
                v = v.__float__()
            except AttributeError:
                raise error("required argument is not a float") from None
        bits = _hotpy.float_pack(float(v), size)
        return bits.to_bytes(size, order)
    if kind == "char":
        if not isinstance(v, bytes) or len(v) != 1:
            raise error("char format requires a bytes object of length 1")
        return v
    if kind == "bytes":
        if not isinstance(v, bytes):
            raise error("argument for 's' must be a bytes object")
        return v[:count] + b"\x00" * (count - len(v[:count]))
    if kind == "pascal":
        if not isinstance(v, bytes):
            raise error("argument for 'p' must be a bytes object")
        if count == 0:
            return b""
        data = v[:min(count - 1, 255)]
        return bytes([len(data)]) + data + b"\x00" * (count - 1 - len(data))
    raise error("bad char in struct format")


def _pack(parsed, values, name="pack"):
    little, native, items, size, fmt = parsed
    wanted = sum(1 for code, _, _, _ in items if code != "x")
    if len(values) != wanted:
        raise error("%s expected %d items for packing (got %d)" % (name, wanted, len(values)))
    out = []
    pos = 0
    k = 0
    for code, count, offset, item_size in items:
        if offset > pos:
            out.append(b"\x00" * (offset - pos))
            pos = offset
        if code == "x":
            out.append(b"\x00")
        else:
            out.append(_pack_item(code, count, item_size, values[k], little, native))
            k += 1
        pos += item_size
    if size > pos:
        out.append(b"\x00" * (size - pos))
    return b"".join(out)


def pack(format, *values):
    """The bytes of values packed by format."""
    return _pack(_parse(format), values)


def _pack_into(parsed, buffer, offset, values):
    if (isinstance(buffer, (bytes, str, int, float, tuple, list))
            or (isinstance(buffer, memoryview) and buffer.readonly)):
        raise TypeError("argument must be read-write bytes-like object, not %s"
                        % type(buffer).__name__)
    data = _pack(parsed, values, "pack_into")
    size = parsed[3]
    length = len(buffer)
    offset = offset.__index__()
    if offset < 0:
        if offset + size > 0:
            raise error("no space to pack %d bytes at offset %d" % (size, offset))
        if offset + length < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset, length))
        offset += length
    if length - offset < size:
        raise error("pack_into requires a buffer of at least %d bytes for packing %d bytes "
                    "at offset %d (actual buffer size is %d)"
                    % (size + offset, size, offset, length))
    buffer[offset:offset + size] = data


def pack_into(format, buffer, offset, /, *values):
    """Packs values by format into the writable buffer from offset."""
    _pack_into(_parse(format), buffer, offset, values)


def _unpack(parsed, data, start):
    little, native, items, size, fmt = parsed
    order = "little" if little else "big"
    values = []
    for code, count, offset, item_size in items:
        kind = _CODES[code][3]
        at = start + offset
        chunk = data[at:at + item_size]
        if kind == "pad":
            continue
        if kind == "int" or kind == "uint":
            values.append(int.from_bytes(chunk, order, signed=(kind == "int")))
        elif kind == "bool":
            values.append(chunk != b"\x00")
        elif kind == "float":
            values.append(_hotpy.float_unpack(int.from_bytes(chunk, order), item_size))
        elif kind == "char" or kind == "bytes":
            values.append(bytes(chunk))
        elif kind == "pascal":
            n = min(chunk[0], count - 1) if count else 0
            values.append(bytes(chunk[1:1 + n]))
    return tuple(values)


def _buffer(buffer):
    if isinstance(buffer, bytes):
        return buffer
    if isinstance(buffer, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    try:
        return bytes(buffer)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(buffer).__name__) from None


def unpack(format, buffer):
    """The tuple of values buffer holds, by format (buffer's size must be calcsize)."""
    parsed = _parse(format)
    data = _buffer(buffer)
    if len(data) != parsed[3]:
        raise error("unpack requires a buffer of %d bytes" % parsed[3])
    return _unpack(parsed, data, 0)


def unpack_from(format, /, buffer, offset=0):
    """The tuple of values at buffer[offset:], by format."""
    parsed = _parse(format)
    data = _buffer(buffer)
    if offset < 0:
        if offset + len(data) < 0:
            raise error("offset %d out of range for %d-byte buffer" % (offset, len(data)))
        offset += len(data)
    if len(data) - offset < parsed[3]:
        if offset > len(data):
            raise error("offset %d out of range for %d-byte buffer" % (offset, len(data)))
        raise error("unpack_from requires a buffer of at least %d bytes for unpacking %d "
                    "bytes at offset %d (actual buffer size is %d)"
                    % (parsed[3] + offset, parsed[3], offset, len(data)))
    return _unpack(parsed, data, offset)


def iter_unpack(format, buffer):
    """An iterator over the tuples of successive structs in buffer."""
    parsed = _parse(format)
    data = _buffer(buffer)
    size = parsed[3]
    if size == 0:
        raise error("cannot iteratively unpack with a struct of length 0")
    if len(data) % size:
        raise error("iterative unpacking requires a buffer of a multiple of %d bytes" % size)
    return iter([_unpack(parsed, data, k) for k in range(0, len(data), size)])


class Struct:
    """A compiled format: its `format` and `size`, and the functions with it."""

    def __init__(self, format):
        self._parsed = _parse(format)
        self.format = self._parsed[4]
        self.size = self._parsed[3]

    def pack(self, *values):
        return _pack(self._parsed, values)

    def pack_into(self, buffer, offset, /, *values):
        _pack_into(self._parsed, buffer, offset, values)

    def unpack(self, buffer):
        data = _buffer(buffer)
        if len(data) != self.size:
            raise error("unpack requires a buffer of %d bytes" % self.size)
        return _unpack(self._parsed, data, 0)

    def unpack_from(self, buffer, offset=0):
        return unpack_from(self.format, buffer, offset)

    def iter_unpack(self, buffer):
        return iter_unpack(self.format, buffer)



Struct.__module__ = "_struct"


import _cfunctions
_cfunctions.mark(globals(), __name__)
del _cfunctions
