"""hotpy's _codecs: the codec registry (search functions, `lookup`, error handlers) and the
codec functions CPython's `codecs` module and `encodings` package call.

The UTF-8, ASCII, Latin-1, UTF-16 and UTF-32 codecs are hotpy's native ones (`str.encode`,
`bytes.decode`); this module adds what CPython's C module adds around them: `(result,
length consumed)` pairs, incremental decoding that keeps an incomplete sequence at the end
for later (`final=False`), the charmap codecs (`cp1252` and the other 8-bit tables of
`encodings`), the escape codecs (`unicode_escape`, `raw_unicode_escape`,
`escape_encode`/`escape_decode`) and the error-handler registry. Custom error handlers
registered here are used by these functions, not by the native `str.encode`/`bytes.decode`
(which know the builtin handlers by name)."""

_search_functions = []
_cache = {}
# The `encodings` package registers the first search function (CPython imports it at start;
# hotpy on the first lookup): None before, True while it imports, False after.
_encodings_state = None


def _normalize(encoding):
    return encoding.lower().replace(" ", "_").replace("-", "_")


def register(search_function):
    if not callable(search_function):
        raise TypeError("argument must be callable")
    if _encodings_state:
        _search_functions.insert(0, search_function)
    else:
        _search_functions.append(search_function)


def unregister(search_function):
    if search_function in _search_functions:
        _search_functions.remove(search_function)
    _cache.clear()


def _forget_codec(encoding):
    _cache.pop(_normalize(encoding), None)


def lookup(encoding):
    if not isinstance(encoding, str):
        raise TypeError("lookup() argument must be str, not %s" % type(encoding).__name__)
    key = _normalize(encoding)
    found = _cache.get(key)
    if found is not None:
        return found
    global _encodings_state
    if _encodings_state is None:
        _encodings_state = True
        try:
            import encodings  # noqa: F401  (registers its search function)
        finally:
            _encodings_state = False
    for search in list(_search_functions):
        result = search(key)
        if result is None:
            continue
        if not isinstance(result, tuple) or len(result) != 4:
            raise TypeError("codec search functions must return 4-tuples")
        _cache[key] = result
        return result
    raise LookupError("unknown encoding: %s" % encoding)


def encode(obj, encoding="utf-8", errors="strict"):
    result = lookup(encoding)[0](obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    return result[0]


def decode(obj, encoding="utf-8", errors="strict"):
    result = lookup(encoding)[1](obj, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    return result[0]


def _text_encode(text, encoding, errors):
    """`str.encode` for what hotpy has no native form of (a codec of `encodings`, a
    program's error handler)."""
    info = lookup(encoding)
    if not getattr(info, "_is_text_encoding", True):
        raise LookupError("'%s' is not a text encoding; use codecs.encode() to handle "
                          "arbitrary codecs" % encoding)
    result = info.encode(text, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("encoder must return a tuple (object, integer)")
    if not isinstance(result[0], bytes):
        raise TypeError("'%s' encoder returned '%s' instead of 'bytes'; use codecs.encode() "
                        "to encode to arbitrary types" % (encoding, type(result[0]).__name__))
    return result[0]


def _text_decode(data, encoding, errors):
    """`bytes.decode` for what hotpy has no native form of."""
    info = lookup(encoding)
    if not getattr(info, "_is_text_encoding", True):
        raise LookupError("'%s' is not a text encoding; use codecs.decode() to handle "
                          "arbitrary codecs" % encoding)
    result = info.decode(data, errors)
    if not isinstance(result, tuple) or len(result) != 2:
        raise TypeError("decoder must return a tuple (object,integer)")
    if not isinstance(result[0], str):
        raise TypeError("'%s' decoder returned '%s' instead of 'str'; use codecs.decode() "
                        "to decode to arbitrary types" % (encoding, type(result[0]).__name__))
    return result[0]


# ----- error handlers -----

def _unicode_error(exc):
    if not isinstance(exc, UnicodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    return exc


def strict_errors(exc):
    if isinstance(exc, BaseException):
        raise exc
    raise TypeError("codec must pass exception instance")


def ignore_errors(exc):
    return ("", _unicode_error(exc).end)


def replace_errors(exc):
    _unicode_error(exc)
    if isinstance(exc, UnicodeEncodeError) or isinstance(exc, UnicodeTranslateError):
        mark = "?" if isinstance(exc, UnicodeEncodeError) else "\ufffd"
        return (mark * (exc.end - exc.start), exc.end)
    return ("\ufffd", exc.end)


def xmlcharrefreplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    text = exc.object[exc.start:exc.end]
    return ("".join("&#%d;" % ord(c) for c in text), exc.end)


def _escape_char(code):
    if code < 0x100:
        return "\\x%02x" % code
    if code < 0x10000:
        return "\\u%04x" % code
    return "\\U%08x" % code


def backslashreplace_errors(exc):
    _unicode_error(exc)
    if isinstance(exc, UnicodeDecodeError):
        data = exc.object[exc.start:exc.end]
        return ("".join("\\x%02x" % b for b in data), exc.end)
    text = exc.object[exc.start:exc.end]
    return ("".join(_escape_char(ord(c)) for c in text), exc.end)


def namereplace_errors(exc):
    if not isinstance(exc, UnicodeEncodeError):
        raise TypeError("don't know how to handle %s in error callback" % type(exc).__name__)
    text = exc.object[exc.start:exc.end]
    try:
        import unicodedata
    except ImportError:
        return (backslashreplace_errors(exc)[0], exc.end)
    out = []
    for c in text:
        try:
            out.append("\\N{%s}" % unicodedata.name(c))
        except ValueError:
            out.append(_escape_char(ord(c)))
    return ("".join(out), exc.end)


_error_handlers = {
    "strict": strict_errors,
    "ignore": ignore_errors,
    "replace": replace_errors,
    "xmlcharrefreplace": xmlcharrefreplace_errors,
    "backslashreplace": backslashreplace_errors,
    "namereplace": namereplace_errors,
}


def register_error(errors, handler):
    if not isinstance(errors, str):
        raise TypeError("register_error() argument 1 must be str, not %s" % type(errors).__name__)
    if not callable(handler):
        raise TypeError("handler must be callable")
    _error_handlers[errors] = handler


def lookup_error(name):
    if not isinstance(name, str):
        raise TypeError("lookup_error() argument must be str, not %s" % type(name).__name__)
    try:
        return _error_handlers[name]
    except KeyError:
        raise LookupError("unknown error handler name '%s'" % name) from None


def _handle(errors, exc):
    """Calls error handler `errors` on `exc`: (replacement, position to resume at)."""
    result = lookup_error(errors)(exc)
    if not isinstance(result, tuple) or len(result) != 2:
        kind = "encoding" if isinstance(exc, UnicodeEncodeError) else "decoding"
        raise TypeError("%s error handler must return (str/bytes, int) tuple" % kind)
    replacement, position = result
    if position < 0:
        position += len(exc.object)
    if not 0 <= position <= len(exc.object):
        raise IndexError("position %d from error handler out of bounds" % position)
    return replacement, position


def _errors(errors):
    return "strict" if errors is None else errors


# ----- the native codecs, as (result, consumed) -----

def _bytes_of(data):
    if isinstance(data, str):
        return data.encode("utf-8")
    if isinstance(data, (bytes,)):
        return data
    try:
        return bytes(memoryview(data))
    except (TypeError, NameError):
        pass
    try:
        return bytes(data)
    except TypeError:
        raise TypeError("a bytes-like object is required, not '%s'" % type(data).__name__) from None


def _check_str(text, name):
    if not isinstance(text, str):
        raise TypeError("%s() argument 1 must be str, not %s" % (name, type(text).__name__))


_NATIVE_HANDLERS = ("strict", "ignore", "replace", "backslashreplace", "xmlcharrefreplace")


def _encode_with(text, codec, errors):
    errors = _errors(errors)
    if errors in _NATIVE_HANDLERS:
        return text.encode(codec, errors)
    # A handler of the program's: encode up to each error and ask it.
    out = []
    position = 0
    while True:
        try:
            out.append(text[position:].encode(codec))
            return b"".join(out)
        except UnicodeEncodeError as e:
            start, end = position + e.start, position + e.end
            out.append(text[position:start].encode(codec))
            exc = UnicodeEncodeError(e.encoding, text, start, end, e.reason)
            replacement, position = _handle(errors, exc)
            out.append(replacement.encode(codec) if isinstance(replacement, str) else bytes(replacement))


def _decode_with(data, codec, errors):
    errors = _errors(errors)
    if errors in _NATIVE_HANDLERS:
        return data.decode(codec, errors)
    out = []
    position = 0
    while True:
        try:
            out.append(data[position:].decode(codec))
            return "".join(out)
        except UnicodeDecodeError as e:
            start, end = position + e.start, position + e.end
            out.append(data[position:start].decode(codec))
            exc = UnicodeDecodeError(e.encoding, data, start, end, e.reason)
            replacement, position = _handle(errors, exc)
            out.append(replacement)


def _utf8_incomplete_tail(data):
    """How many bytes at the end of `data` start a UTF-8 sequence that is not complete."""
    n = len(data)
    for back in range(1, min(3, n) + 1):
        b = data[n - back]
        if b & 0xC0 == 0x80:
            continue
        need = 2 if b & 0xE0 == 0xC0 else 3 if b & 0xF0 == 0xE0 else 4 if 0xF0 <= b <= 0xF4 else 0
        if need > back and (need != 2 or b >= 0xC2):
            if back >= 2:
                second = data[n - back + 1]
                low, high = 0x80, 0xBF
                if b == 0xE0:
                    low = 0xA0
                elif b == 0xED:
                    high = 0x9F
                elif b == 0xF0:
                    low = 0x90
                elif b == 0xF4:
                    high = 0x8F
                if not low <= second <= high:
                    return 0
            return back
        return 0
    return 0


def utf_8_encode(text, errors=None):
    _check_str(text, "utf_8_encode")
    return (_encode_with(text, "utf-8", errors), len(text))


def utf_8_decode(data, errors=None, final=False):
    data = _bytes_of(data)
    end = len(data) if final else len(data) - _utf8_incomplete_tail(data)
    return (_decode_with(data[:end], "utf-8", errors), end)


def ascii_encode(text, errors=None):
    _check_str(text, "ascii_encode")
    return (_encode_with(text, "ascii", errors), len(text))


def ascii_decode(data, errors=None):
    data = _bytes_of(data)
    return (_decode_with(data, "ascii", errors), len(data))


def latin_1_encode(text, errors=None):
    _check_str(text, "latin_1_encode")
    return (_encode_with(text, "latin-1", errors), len(text))


def latin_1_decode(data, errors=None):
    data = _bytes_of(data)
    return (_decode_with(data, "latin-1", errors), len(data))


def _wide_end(data, width, final, big_endian):
    """Where complete units of `width` bytes end (UTF-16 keeps a lone high surrogate)."""
    if final:
        return len(data)
    end = len(data) - len(data) % width
    if width == 2 and end >= 2:
        unit = data[end - 2:end]
        high = unit[0] if big_endian else unit[1]
        if 0xD8 <= high <= 0xDB:
            end -= 2
    return end


def _wide_codec(width, byteorder):
    name = "utf-%d" % (width * 8)
    codec = name if byteorder == 0 else name + ("-le" if byteorder < 0 else "-be")

    def encode(text, errors=None, byteorder_arg=0):
        _check_str(text, name.replace("-", "_") + "_encode")
        chosen = codec
        if byteorder == 0 and byteorder_arg:
            chosen = name + ("-le" if byteorder_arg < 0 else "-be")
        return (_encode_with(text, chosen, errors), len(text))

    def decode(data, errors=None, final=False):
        data = _bytes_of(data)
        end = _wide_end(data, width, final, byteorder > 0)
        return (_decode_with(data[:end], codec, errors), end)

    return encode, decode


utf_16_encode, utf_16_decode = _wide_codec(2, 0)
utf_16_le_encode, utf_16_le_decode = _wide_codec(2, -1)
utf_16_be_encode, utf_16_be_decode = _wide_codec(2, 1)
utf_32_encode, utf_32_decode = _wide_codec(4, 0)
utf_32_le_encode, utf_32_le_decode = _wide_codec(4, -1)
utf_32_be_encode, utf_32_be_decode = _wide_codec(4, 1)


def _ex_decode(width, data, errors=None, byteorder=0, final=False):
    data = _bytes_of(data)
    consumed_bom = 0
    if byteorder == 0:
        le, be = (b"\xff\xfe", b"\xfe\xff") if width == 2 else (b"\xff\xfe\x00\x00", b"\x00\x00\xfe\xff")
        if data[:width] == le:
            byteorder, consumed_bom = -1, width
        elif data[:width] == be:
            byteorder, consumed_bom = 1, width
    body = data[consumed_bom:]
    codec = "utf-%d-%s" % (width * 8, "be" if byteorder > 0 else "le")
    end = _wide_end(body, width, final, byteorder > 0)
    return (_decode_with(body[:end], codec, errors), consumed_bom + end, byteorder)


def utf_16_ex_decode(data, errors=None, byteorder=0, final=False):
    return _ex_decode(2, data, errors, byteorder, final)


def utf_32_ex_decode(data, errors=None, byteorder=0, final=False):
    return _ex_decode(4, data, errors, byteorder, final)


def readbuffer_encode(data, errors=None):
    data = _bytes_of(data)
    return (data, len(data))


# ----- the charmap codecs (8-bit tables) -----

def charmap_build(decoding_table):
    return {ord(c): i for i, c in enumerate(decoding_table)}


def charmap_decode(data, errors=None, mapping=None):
    data = _bytes_of(data)
    if mapping is None:
        return latin_1_decode(data, errors)
    errors = _errors(errors)
    out = []
    position = 0
    while position < len(data):
        b = data[position]
        if isinstance(mapping, str):
            c = mapping[b] if b < len(mapping) else "\ufffe"
        else:
            c = mapping.get(b)
            if isinstance(c, int):
                c = chr(c)
            elif c is None:
                c = "\ufffe"
        if c != "\ufffe":
            out.append(c)
            position += 1
            continue
        exc = UnicodeDecodeError("charmap", data, position, position + 1,
                                 "character maps to <undefined>")
        replacement, position = _handle(errors, exc)
        out.append(replacement)
    return ("".join(out), len(data))


def charmap_encode(text, errors=None, mapping=None):
    _check_str(text, "charmap_encode")
    if mapping is None:
        return latin_1_encode(text, errors)
    errors = _errors(errors)
    out = []
    position = 0
    while position < len(text):
        b = mapping.get(ord(text[position]))
        if isinstance(b, int):
            out.append(bytes((b,)))
            position += 1
            continue
        if isinstance(b, bytes):
            out.append(b)
            position += 1
            continue
        end = position + 1
        while end < len(text) and not isinstance(mapping.get(ord(text[end])), (int, bytes)):
            end += 1
        exc = UnicodeEncodeError("charmap", text, position, end, "character maps to <undefined>")
        replacement, position = _handle(errors, exc)
        if isinstance(replacement, str):
            for c in replacement:
                code = mapping.get(ord(c))
                if isinstance(code, int):
                    out.append(bytes((code,)))
                elif isinstance(code, bytes):
                    out.append(code)
                else:
                    raise exc
        else:
            out.append(bytes(replacement))
    return (b"".join(out), len(text))


# ----- the escape codecs -----

def unicode_escape_encode(text, errors=None):
    _check_str(text, "unicode_escape_encode")
    out = []
    for c in text:
        code = ord(c)
        if c == "\\":
            out.append("\\\\")
        elif c == "\t":
            out.append("\\t")
        elif c == "\n":
            out.append("\\n")
        elif c == "\r":
            out.append("\\r")
        elif 0x20 <= code < 0x7F:
            out.append(c)
        else:
            out.append(_escape_char(code))
    return ("".join(out).encode("ascii"), len(text))


def raw_unicode_escape_encode(text, errors=None):
    _check_str(text, "raw_unicode_escape_encode")
    out = []
    for c in text:
        code = ord(c)
        if code < 0x100:
            out.append(bytes((code,)))
        elif code < 0x10000:
            out.append(("\\u%04x" % code).encode("ascii"))
        else:
            out.append(("\\U%08x" % code).encode("ascii"))
    return (b"".join(out), len(text))


_SIMPLE_ESCAPES = {
    ord("\n"): "",
    ord("\\"): "\\",
    ord("'"): "'",
    ord('"'): '"',
    ord("a"): "\a",
    ord("b"): "\b",
    ord("f"): "\f",
    ord("n"): "\n",
    ord("r"): "\r",
    ord("t"): "\t",
    ord("v"): "\v",
}

_HEX = b"0123456789abcdefABCDEF"


def _unescape(data, errors, raw, final, encoding):
    """The escape decoders: `raw` handles only \\u and \\U (raw_unicode_escape)."""
    errors = _errors(errors)
    out = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b != 0x5C:
            out.append(chr(b))
            i += 1
            continue
        if i + 1 >= n:
            if not final:
                break
            if raw:
                out.append("\\")
                i += 1
                continue
            exc = UnicodeDecodeError(encoding, data, i, n, "\\ at end of string")
            replacement, i = _handle(errors, exc)
            out.append(replacement)
            continue
        c = data[i + 1]
        if raw and c not in (0x75, 0x55):
            out.append("\\")
            i += 1
            continue
        if c in _SIMPLE_ESCAPES and not raw:
            out.append(_SIMPLE_ESCAPES[c])
            i += 2
            continue
        if 0x30 <= c <= 0x37 and not raw:
            j = i + 1
            value = 0
            while j < n and j < i + 4 and 0x30 <= data[j] <= 0x37:
                value = value * 8 + data[j] - 0x30
                j += 1
            out.append(chr(value))
            i = j
            continue
        digits = {0x78: 2, 0x75: 4, 0x55: 8}.get(c) if not (raw and c == 0x78) else None
        if digits is None or (c == 0x4E and not raw):
            if c == 0x4E and not raw:
                j = data.find(b"}", i)
                if data[i + 2:i + 3] == b"{" and j > 0:
                    name = data[i + 3:j].decode("ascii", "replace")
                    try:
                        import unicodedata
                        out.append(unicodedata.lookup(name))
                        i = j + 1
                        continue
                    except (ImportError, KeyError):
                        pass
                exc = UnicodeDecodeError(encoding, data, i, min(j + 1, n) if j > 0 else n,
                                         "malformed \\N character escape")
                replacement, i = _handle(errors, exc)
                out.append(replacement)
                continue
            out.append("\\" + chr(c))
            i += 2
            continue
        j = i + 2
        while j < n and j < i + 2 + digits and data[j] in _HEX:
            j += 1
        if j - (i + 2) < digits:
            if not final and j == n:
                break
            reason = "truncated \\%sXX%s escape" % (chr(c), "XX" * ((digits - 2) // 2))
            exc = UnicodeDecodeError(encoding, data, i, j, reason)
            replacement, i = _handle(errors, exc)
            out.append(replacement)
            continue
        code = int(data[i + 2:j].decode("ascii"), 16)
        if code > 0x10FFFF:
            exc = UnicodeDecodeError(encoding, data, i, j, "illegal Unicode character")
            replacement, i = _handle(errors, exc)
            out.append(replacement)
            continue
        out.append(chr(code))
        i = j
    return ("".join(out), i)


def unicode_escape_decode(data, errors=None, final=True):
    return _unescape(_bytes_of(data), errors, False, final, "unicodeescape")


def raw_unicode_escape_decode(data, errors=None, final=True):
    return _unescape(_bytes_of(data), errors, True, final, "rawunicodeescape")


def escape_encode(data, errors=None):
    if not isinstance(data, bytes):
        raise TypeError("argument 1 must be bytes, not %s" % type(data).__name__)
    body = repr(data)[2:-1]
    if repr(data)[1] == '"':
        body = body.replace("'", "\\'")
    return (body.encode("ascii"), len(data))


def escape_decode(data, errors=None):
    data = _bytes_of(data)
    out = []
    i = 0
    n = len(data)
    while i < n:
        b = data[i]
        if b != 0x5C:
            out.append(b)
            i += 1
            continue
        if i + 1 >= n:
            raise ValueError("Trailing \\ in string")
        c = data[i + 1]
        if c in _SIMPLE_ESCAPES:
            out.extend(_SIMPLE_ESCAPES[c].encode("latin-1"))
            i += 2
        elif 0x30 <= c <= 0x37:
            j = i + 1
            value = 0
            while j < n and j < i + 4 and 0x30 <= data[j] <= 0x37:
                value = value * 8 + data[j] - 0x30
                j += 1
            out.append(value & 0xFF)
            i = j
        elif c == 0x78:
            digits = data[i + 2:i + 4]
            if len(digits) < 2 or any(d not in _HEX for d in digits):
                raise ValueError("invalid \\x escape at position %d" % i)
            out.append(int(digits.decode("ascii"), 16))
            i += 4
        else:
            out.append(0x5C)
            out.append(c)
            i += 2
    return (bytes(out), n)


def utf_7_encode(text, errors=None):
    _check_str(text, "utf_7_encode")
    import base64 as _b64
    out = []
    pending = []

    def flush():
        if pending:
            raw = "".join(pending).encode("utf-16-be")
            out.append("+" + _b64.b64encode(raw).decode("ascii").rstrip("=") + "-")
            pending.clear()

    for c in text:
        if c == "+":
            flush()
            out.append("+-")
        elif 0x20 <= ord(c) < 0x7F and c not in "\\~" or c in "\t\n\r":
            flush()
            out.append(c)
        else:
            pending.append(c)
    flush()
    return ("".join(out).encode("ascii"), len(text))


def utf_7_decode(data, errors=None, final=False):
    import base64 as _b64
    data = _bytes_of(data)
    out = []
    i = 0
    while i < len(data):
        b = data[i]
        if b != 0x2B:
            out.append(chr(b))
            i += 1
            continue
        j = i + 1
        while j < len(data) and (chr(data[j]).isalnum() or data[j] in b"+/"):
            j += 1
        if j == i + 1 and j < len(data) and data[j] == 0x2D:
            out.append("+")
            i = j + 1
            continue
        if j >= len(data) and not final:
            break
        chunk = data[i + 1:j]
        raw = _b64.b64decode(chunk + b"=" * (-len(chunk) % 4))
        raw = raw[:len(raw) - len(raw) % 2]
        out.append(raw.decode("utf-16-be"))
        i = j + 1 if j < len(data) and data[j] == 0x2D else j
    return ("".join(out), i)


# CPython's codec functions are builtins, which do not bind as methods: `encodings` keeps
# some as class attributes (`_buffer_decode = codecs.utf_8_decode`) and calls them through
# `self`. A staticmethod object behaves the same (and is callable).
def _unbinding():
    function = type(_unbinding)
    for name, value in list(globals().items()):
        if not name.startswith("_") and type(value) is function:
            globals()[name] = staticmethod(value)


_unbinding()
del _unbinding
