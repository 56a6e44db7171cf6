"""Conversion between binary data and ASCII (hotpy): base64, hex and CRC-32, with CPython's
behaviour and messages (its C module's non-strict base64 decoding: characters outside the
alphabet are skipped)."""

__all__ = ["Error", "Incomplete", "a2b_base64", "b2a_base64", "a2b_hex", "b2a_hex", "hexlify",
           "unhexlify", "crc32", "crc_hqx"]


class Error(ValueError):
    pass


class Incomplete(Exception):
    pass


Error.__module__ = "binascii"
Incomplete.__module__ = "binascii"

_B64 = b"ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789+/"
_B64_VALUE = {c: i for i, c in enumerate(_B64)}


def _bytes(data, what="a bytes-like object"):
    if isinstance(data, bytes):
        return data
    if isinstance(data, str):
        if not data.isascii():
            raise ValueError("string argument should contain only ASCII characters")
        return data.encode("ascii")
    try:
        return bytes(data)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'"
                        % type(data).__name__) from None


def b2a_base64(data, *, newline=True):
    """Base64-code line of data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    data = _bytes(data)
    out = []
    for i in range(0, len(data) - 2, 3):
        n = (data[i] << 16) | (data[i + 1] << 8) | data[i + 2]
        out.append(bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63],
                          _B64[n & 63])))
    rest = len(data) % 3
    if rest == 1:
        n = data[-1] << 16
        out.append(bytes((_B64[n >> 18], _B64[(n >> 12) & 63])) + b"==")
    elif rest == 2:
        n = (data[-2] << 16) | (data[-1] << 8)
        out.append(bytes((_B64[n >> 18], _B64[(n >> 12) & 63], _B64[(n >> 6) & 63])) + b"=")
    return b"".join(out) + (b"\n" if newline else b"")


def a2b_base64(data, /, *, strict_mode=False):
    """Decode a line of base64 data."""
    data = _bytes(data)
    if strict_mode:
        if data[:1] == b"=":
            raise Error("Leading padding not allowed")
    values = []
    pads = 0
    for c in data:
        if c == 61:  # "="
            if len(values) % 4 >= 2:
                pads += 1
                if (len(values) + pads) % 4 == 0:
                    break
            elif strict_mode:
                raise Error("Discontinuous padding not allowed")
            continue
        v = _B64_VALUE.get(c)
        if v is None:
            if strict_mode:
                raise Error("Only base64 data is allowed")
            continue
        if pads:
            if strict_mode:
                raise Error("Discontinuous padding not allowed")
            pads = 0
        values.append(v)
    if len(values) % 4 == 1:
        raise Error("Invalid base64-encoded string: number of data characters (%d) cannot "
                    "be 1 more than a multiple of 4" % len(values))
    if len(values) % 4 and (len(values) + pads) % 4:
        raise Error("Incorrect padding")
    out = []
    for i in range(0, len(values) - 3, 4):
        n = (values[i] << 18) | (values[i + 1] << 12) | (values[i + 2] << 6) | values[i + 3]
        out.append(bytes((n >> 16, (n >> 8) & 255, n & 255)))
    rest = len(values) % 4
    if rest == 2:
        n = (values[-2] << 18) | (values[-1] << 12)
        out.append(bytes((n >> 16,)))
    elif rest == 3:
        n = (values[-3] << 18) | (values[-2] << 12) | (values[-1] << 6)
        out.append(bytes((n >> 16, (n >> 8) & 255)))
    return b"".join(out)


def b2a_hex(data, sep=None, bytes_per_sep=1):
    """Hexadecimal representation of binary data."""
    if isinstance(data, str):
        raise TypeError("a bytes-like object is required, not 'str'")
    data = _bytes(data)
    digits = data.hex()
    if sep is None or not data:
        return digits.encode("ascii")
    if isinstance(sep, bytes):
        sep = sep.decode("ascii")
    if len(sep) != 1:
        raise ValueError("sep must be length 1.")
    step = abs(bytes_per_sep)
    if step == 0:
        return digits.encode("ascii")
    pairs = [digits[i:i + 2] for i in range(0, len(digits), 2)]
    if bytes_per_sep > 0:
        # Groups counted from the right.
        first = len(pairs) % step or step
        groups = [pairs[:first]] + [pairs[i:i + step] for i in range(first, len(pairs), step)]
    else:
        groups = [pairs[i:i + step] for i in range(0, len(pairs), step)]
    return sep.join("".join(g) for g in groups).encode("ascii")


hexlify = b2a_hex


def a2b_hex(hexstr):
    """Binary data of hexadecimal representation."""
    data = _bytes(hexstr)
    if len(data) % 2:
        raise Error("Odd-length string")
    digits = b"0123456789abcdefABCDEF"
    for c in data:
        if c not in digits:
            raise Error("Non-hexadecimal digit found")
    return bytes.fromhex(data.decode("ascii"))


unhexlify = a2b_hex

_CRC_TABLE = []
for _n in range(256):
    _c = _n
    for _k in range(8):
        _c = (0xEDB88320 ^ (_c >> 1)) if _c & 1 else (_c >> 1)
    _CRC_TABLE.append(_c)
del _n, _c, _k


def crc32(data, crc=0, /):
    """Compute CRC-32 incrementally."""
    data = _bytes(data)
    crc = ~crc & 0xFFFFFFFF
    table = _CRC_TABLE
    for b in data:
        crc = table[(crc ^ b) & 0xFF] ^ (crc >> 8)
    return ~crc & 0xFFFFFFFF


def crc_hqx(data, crc, /):
    """Compute CRC-CCITT incrementally."""
    data = _bytes(data)
    crc &= 0xFFFF
    for b in data:
        crc ^= b << 8
        for _ in range(8):
            crc = ((crc << 1) ^ 0x1021) & 0xFFFF if crc & 0x8000 else (crc << 1) & 0xFFFF
    return crc


import _cfunctions
_cfunctions.mark(globals(), __name__)
del _cfunctions
