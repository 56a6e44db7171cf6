"""JSON encoding and decoding with CPython's output: `dumps`/`dump` (indent, separators,
sort_keys, ensure_ascii, default) and `loads`/`load` (with `JSONDecodeError` and CPython's
messages and positions)."""

__all__ = ["dump", "dumps", "load", "loads", "JSONDecodeError", "JSONEncoder", "JSONDecoder"]

_ESCAPES = {
    '"': '\\"',
    "\\": "\\\\",
    "\n": "\\n",
    "\r": "\\r",
    "\t": "\\t",
    "\b": "\\b",
    "\f": "\\f",
}


def _encode_str(s, ensure_ascii):
    out = ['"']
    for ch in s:
        if ch in _ESCAPES:
            out.append(_ESCAPES[ch])
            continue
        code = ord(ch)
        if code < 0x20 or (ensure_ascii and code > 0x7E):
            if code > 0xFFFF:
                code -= 0x10000
                out.append("\\u%04x\\u%04x" % (0xD800 | (code >> 10), 0xDC00 | (code & 0x3FF)))
            else:
                out.append("\\u%04x" % code)
        else:
            out.append(ch)
    out.append('"')
    return "".join(out)


def _encode_float(f, allow_nan):
    if f != f:
        text = "NaN"
    elif f == float("inf"):
        text = "Infinity"
    elif f == -float("inf"):
        text = "-Infinity"
    else:
        return repr(f)
    if not allow_nan:
        raise ValueError("Out of range float values are not JSON compliant")
    return text


class JSONEncoder:
    def __init__(self, *, skipkeys=False, ensure_ascii=True, check_circular=True,
                 allow_nan=True, sort_keys=False, indent=None, separators=None, default=None):
        self.skipkeys = skipkeys
        self.ensure_ascii = ensure_ascii
        self.check_circular = check_circular
        self.allow_nan = allow_nan
        self.sort_keys = sort_keys
        if isinstance(indent, int):
            indent = " " * indent
        self.indent = indent
        if separators is None:
            separators = (", ", ": ") if indent is None else (",", ": ")
        self.item_separator, self.key_separator = separators
        if default is not None:
            self.default = default

    def default(self, o):
        raise TypeError("Object of type " + type(o).__name__ + " is not JSON serializable")

    def encode(self, o):
        return "".join(self.iterencode(o))

    def iterencode(self, o):
        out = []
        self._encode(o, out, 0, set() if self.check_circular else None)
        return out

    def _key(self, key):
        if isinstance(key, str):
            return key
        if key is True:
            return "true"
        if key is False:
            return "false"
        if key is None:
            return "null"
        if isinstance(key, float):
            return _encode_float(key, self.allow_nan)
        if isinstance(key, int):
            return str(key)
        if self.skipkeys:
            return None
        raise TypeError(
            "keys must be str, int, float, bool or None, not " + type(key).__name__
        )

    def _encode(self, o, out, level, seen):
        if isinstance(o, str):
            out.append(_encode_str(o, self.ensure_ascii))
        elif o is None:
            out.append("null")
        elif o is True:
            out.append("true")
        elif o is False:
            out.append("false")
        elif isinstance(o, int):
            out.append(str(o))
        elif isinstance(o, float):
            out.append(_encode_float(o, self.allow_nan))
        elif isinstance(o, (list, tuple)):
            self._container(o, out, level, seen, "[", "]", self._list_items)
        elif isinstance(o, dict):
            self._container(o, out, level, seen, "{", "}", self._dict_items)
        else:
            if seen is not None:
                if id(o) in seen:
                    raise ValueError("Circular reference detected")
                seen.add(id(o))
            self._encode(self.default(o), out, level, seen)
            if seen is not None:
                seen.discard(id(o))

    def _list_items(self, o, out, level, seen):
        for item in o:
            yield lambda item=item: self._encode(item, out, level, seen)

    def _dict_items(self, o, out, level, seen):
        items = list(o.items())
        if self.sort_keys:
            items.sort(key=lambda kv: kv[0])
        for key, value in items:
            key = self._key(key)
            if key is None:
                continue

            def emit(key=key, value=value):
                out.append(_encode_str(key, self.ensure_ascii))
                out.append(self.key_separator)
                self._encode(value, out, level, seen)

            yield emit

    def _container(self, o, out, level, seen, opening, closing, items):
        if seen is not None:
            if id(o) in seen:
                raise ValueError("Circular reference detected")
            seen.add(id(o))
        emitters = list(items(o, out, level + 1, seen))
        if not emitters:
            out.append(opening + closing)
        elif self.indent is None:
            out.append(opening)
            for i, emit in enumerate(emitters):
                if i:
                    out.append(self.item_separator)
                emit()
            out.append(closing)
        else:
            inner = "\n" + self.indent * (level + 1)
            out.append(opening)
            for i, emit in enumerate(emitters):
                out.append((self.item_separator if i else "") + inner)
                emit()
            out.append("\n" + self.indent * level + closing)
        if seen is not None:
            seen.discard(id(o))


def dumps(obj, *, skipkeys=False, ensure_ascii=True, check_circular=True, allow_nan=True,
          cls=None, indent=None, separators=None, default=None, sort_keys=False, **kw):
    encoder = (cls or JSONEncoder)(
        skipkeys=skipkeys, ensure_ascii=ensure_ascii, check_circular=check_circular,
        allow_nan=allow_nan, indent=indent, separators=separators, default=default,
        sort_keys=sort_keys, **kw
    )
    return encoder.encode(obj)


def dump(obj, fp, **kw):
    fp.write(dumps(obj, **kw))


class JSONDecodeError(ValueError):
    def __init__(self, msg, doc, pos):
        lineno = doc.count("\n", 0, pos) + 1
        colno = pos - doc.rfind("\n", 0, pos)
        ValueError.__init__(self, "%s: line %d column %d (char %d)" % (msg, lineno, colno, pos))
        self.msg = msg
        self.doc = doc
        self.pos = pos
        self.lineno = lineno
        self.colno = colno


_WHITESPACE = " \t\n\r"
_NUMBER_START = "-0123456789"
_SIMPLE = {'"': '"', "\\": "\\", "/": "/", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t"}


class JSONDecoder:
    def __init__(self, *, object_hook=None, parse_float=None, parse_int=None,
                 parse_constant=None, strict=True, object_pairs_hook=None):
        self.object_hook = object_hook
        self.object_pairs_hook = object_pairs_hook
        self.parse_float = parse_float or float
        self.parse_int = parse_int or int
        self.parse_constant = parse_constant

    def decode(self, s):
        pos = self._skip(s, 0)
        value, pos = self._value(s, pos)
        pos = self._skip(s, pos)
        if pos != len(s):
            raise JSONDecodeError("Extra data", s, pos)
        return value

    def _skip(self, s, pos):
        while pos < len(s) and s[pos] in _WHITESPACE:
            pos += 1
        return pos

    def _value(self, s, pos):
        if pos >= len(s):
            raise JSONDecodeError("Expecting value", s, pos)
        ch = s[pos]
        if ch == '"':
            return self._string(s, pos + 1)
        if ch == "{":
            return self._object(s, pos + 1)
        if ch == "[":
            return self._array(s, pos + 1)
        for word, value in (("null", None), ("true", True), ("false", False)):
            if s.startswith(word, pos):
                return value, pos + len(word)
        for word in ("NaN", "Infinity", "-Infinity"):
            if s.startswith(word, pos):
                value = self.parse_constant(word) if self.parse_constant else float(word.replace("Infinity", "inf"))
                return value, pos + len(word)
        if ch in _NUMBER_START:
            return self._number(s, pos)
        raise JSONDecodeError("Expecting value", s, pos)

    def _number(self, s, pos):
        start = pos
        if s[pos] == "-":
            pos += 1
        if pos >= len(s) or not s[pos].isdigit():
            raise JSONDecodeError("Expecting value", s, start)
        if s[pos] == "0":
            pos += 1
        else:
            while pos < len(s) and s[pos].isdigit():
                pos += 1
        is_float = False
        if pos + 1 < len(s) and s[pos] == "." and s[pos + 1].isdigit():
            is_float = True
            pos += 1
            while pos < len(s) and s[pos].isdigit():
                pos += 1
        if pos < len(s) and s[pos] in "eE":
            end = pos + 1
            if end < len(s) and s[end] in "+-":
                end += 1
            if end < len(s) and s[end].isdigit():
                is_float = True
                pos = end
                while pos < len(s) and s[pos].isdigit():
                    pos += 1
        text = s[start:pos]
        return (self.parse_float(text) if is_float else self.parse_int(text)), pos

    def _string(self, s, pos):
        begin = pos - 1
        chunks = []
        while True:
            if pos >= len(s):
                raise JSONDecodeError("Unterminated string starting at", s, begin)
            ch = s[pos]
            if ch == '"':
                return "".join(chunks), pos + 1
            if ch == "\\":
                pos += 1
                if pos >= len(s):
                    raise JSONDecodeError("Unterminated string starting at", s, begin)
                esc = s[pos]
                if esc == "u":
                    code = self._hex4(s, pos + 1)
                    pos += 5
                    if 0xD800 <= code <= 0xDBFF and s.startswith("\\u", pos):
                        low = self._hex4(s, pos + 2)
                        if 0xDC00 <= low <= 0xDFFF:
                            code = 0x10000 + ((code - 0xD800) << 10) + (low - 0xDC00)
                            pos += 6
                    chunks.append(chr(code))
                    continue
                if esc not in _SIMPLE:
                    raise JSONDecodeError("Invalid \\escape", s, pos - 1)
                chunks.append(_SIMPLE[esc])
                pos += 1
                continue
            if ord(ch) < 0x20:
                raise JSONDecodeError("Invalid control character at", s, pos)
            chunks.append(ch)
            pos += 1

    def _hex4(self, s, pos):
        digits = s[pos:pos + 4]
        if len(digits) != 4 or any(c not in "0123456789abcdefABCDEF" for c in digits):
            raise JSONDecodeError("Invalid \\uXXXX escape", s, pos - 1)
        return int(digits, 16)

    def _object(self, s, pos):
        pairs = []
        pos = self._skip(s, pos)
        if pos < len(s) and s[pos] == "}":
            return self._finish_object(pairs), pos + 1
        while True:
            pos = self._skip(s, pos)
            if pos >= len(s) or s[pos] != '"':
                raise JSONDecodeError(
                    "Expecting property name enclosed in double quotes", s, pos
                )
            key, pos = self._string(s, pos + 1)
            pos = self._skip(s, pos)
            if pos >= len(s) or s[pos] != ":":
                raise JSONDecodeError("Expecting ':' delimiter", s, pos)
            pos = self._skip(s, pos + 1)
            value, pos = self._value(s, pos)
            pairs.append((key, value))
            pos = self._skip(s, pos)
            if pos < len(s) and s[pos] == ",":
                pos += 1
                continue
            if pos < len(s) and s[pos] == "}":
                return self._finish_object(pairs), pos + 1
            raise JSONDecodeError("Expecting ',' delimiter", s, pos)

    def _finish_object(self, pairs):
        if self.object_pairs_hook is not None:
            return self.object_pairs_hook(pairs)
        result = dict(pairs)
        if self.object_hook is not None:
            return self.object_hook(result)
        return result

    def _array(self, s, pos):
        items = []
        pos = self._skip(s, pos)
        if pos < len(s) and s[pos] == "]":
            return items, pos + 1
        while True:
            pos = self._skip(s, pos)
            value, pos = self._value(s, pos)
            items.append(value)
            pos = self._skip(s, pos)
            if pos < len(s) and s[pos] == ",":
                pos += 1
                continue
            if pos < len(s) and s[pos] == "]":
                return items, pos + 1
            raise JSONDecodeError("Expecting ',' delimiter", s, pos)


def loads(s, *, cls=None, object_hook=None, parse_float=None, parse_int=None,
          parse_constant=None, object_pairs_hook=None, **kw):
    if isinstance(s, bytes):
        s = s.decode("utf-8")
    if not isinstance(s, str):
        raise TypeError(
            "the JSON object must be str, bytes or bytearray, not " + type(s).__name__
        )
    decoder = (cls or JSONDecoder)(
        object_hook=object_hook, parse_float=parse_float, parse_int=parse_int,
        parse_constant=parse_constant, object_pairs_hook=object_pairs_hook, **kw
    )
    return decoder.decode(s)


def load(fp, **kw):
    return loads(fp.read(), **kw)
