"""hotpy's `_string` (CPython's C helpers for `string.Formatter`): the parsers of format
strings and of replacement-field names, with CPython's errors."""


def formatter_parser(s):
    """Yields (literal_text, field_name, format_spec, conversion) for the parts of `s`."""
    if not isinstance(s, str):
        raise TypeError(f"descriptor 'formatter_parser' requires a 'str' object but received a '{type(s).__name__}'")
    return _parse(s)


def _parse(s):
    pos, end = 0, len(s)
    while pos < end:
        start = pos
        c = ""
        markup = False
        while pos < end:
            c = s[pos]
            pos += 1
            if c == "{" or c == "}":
                markup = True
                break
        at_end = pos >= end
        length = pos - start
        if c == "}" and markup and (at_end or s[pos] != "}"):
            raise ValueError("Single '}' encountered in format string")
        if at_end and c == "{" and markup:
            raise ValueError("Single '{' encountered in format string")
        if markup and not at_end:
            if s[pos] == c:
                # An escaped brace: the literal ends with one, and no field follows.
                pos += 1
                markup = False
            else:
                length -= 1
        literal = s[start:start + length]
        if not markup:
            yield (literal, None, None, None)
            continue
        pos, name, spec, conversion = _field(s, pos, end)
        yield (literal, name, spec, conversion)


def _field(s, pos, end):
    """Parses a replacement field after its '{': (position after its '}', name, spec,
    conversion)."""
    name_start = pos
    c = ""
    while pos < end:
        c = s[pos]
        pos += 1
        if c == "{":
            raise ValueError("unexpected '{' in field name")
        if c == "[":
            while pos < end and s[pos] != "]":
                pos += 1
            continue
        if c in "}:!":
            break
    else:
        c = ""
    name = s[name_start:pos - 1] if c else s[name_start:pos]
    conversion = None
    if c == "!" or c == ":":
        if c == "!":
            if pos >= end:
                raise ValueError("end of string while looking for conversion specifier")
            conversion = s[pos]
            pos += 1
            if pos < end:
                c = s[pos]
                pos += 1
                if c == "}":
                    return pos, name, "", conversion
                if c != ":":
                    raise ValueError("expected ':' after conversion specifier")
        spec_start = pos
        count = 1
        while pos < end:
            c = s[pos]
            pos += 1
            if c == "{":
                count += 1
            elif c == "}":
                count -= 1
                if count == 0:
                    return pos, name, s[spec_start:pos - 1], conversion
        raise ValueError("unmatched '{' in format spec")
    if c != "}":
        raise ValueError("expected '}' before end of string")
    return pos, name, "", conversion


def _index_or_text(text):
    return int(text) if text and text.isdigit() and text.isascii() else text


def formatter_field_name_split(name):
    """(first, rest): the field name's first part (an int if it is all digits) and an
    iterator of (is_attribute, key) for the `.attr` and `[key]` parts that follow."""
    if not isinstance(name, str):
        raise TypeError(f"descriptor 'formatter_field_name_split' requires a 'str' object but received a '{type(name).__name__}'")
    i, n = 0, len(name)
    while i < n and name[i] not in ".[":
        i += 1
    return _index_or_text(name[:i]), _rest(name, i)


def _rest(name, i):
    n = len(name)
    while i < n:
        c = name[i]
        i += 1
        if c == ".":
            start = i
            while i < n and name[i] not in ".[":
                i += 1
            if i == start:
                raise ValueError("Empty attribute in format string")
            yield (True, name[start:i])
        elif c == "[":
            start = i
            while i < n and name[i] != "]":
                i += 1
            if i >= n:
                raise ValueError("Missing ']' in format string")
            if i == start:
                raise ValueError("Empty attribute in format string")
            key = name[start:i]
            i += 1
            if i < n and name[i] not in ".[":
                raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
            yield (False, _index_or_text(key))
        else:
            raise ValueError("Only '.' or '[' may follow ']' in format field specifier")
