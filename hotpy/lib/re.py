"""Support for regular expressions (RE): hotpy's `re`, with CPython's API and behaviour.

The patterns are compiled and matched by the native module `_re` (fancy-regex, with Python's
syntax and CPython's errors translated in Rust); this module makes the Python objects:
`Pattern`, `Match`, `error`, the flags, the template expansion of `sub`, and the cache.
"""

import enum
import _re

__all__ = [
    "match", "fullmatch", "search", "sub", "subn", "split", "findall", "finditer",
    "compile", "purge", "template", "escape", "error", "Pattern", "Match", "A", "I", "L",
    "M", "S", "X", "U", "ASCII", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "VERBOSE",
    "UNICODE", "NOFLAG", "RegexFlag",
]

__version__ = "2.2.1"


class RegexFlag(enum.IntFlag):
    NOFLAG = 0
    TEMPLATE = 1
    IGNORECASE = 2
    LOCALE = 4
    MULTILINE = 8
    DOTALL = 16
    UNICODE = 32
    VERBOSE = 64
    DEBUG = 128
    ASCII = 256
    T = 1
    I = 2
    L = 4
    M = 8
    S = 16
    U = 32
    X = 64
    A = 256

    def __repr__(self):
        value = int(self)
        if value == 0:
            return "re.NOFLAG"
        names = []
        for name in ("TEMPLATE", "IGNORECASE", "LOCALE", "MULTILINE", "DOTALL", "UNICODE",
                     "VERBOSE", "DEBUG", "ASCII"):
            bit = int(RegexFlag[name])
            if value & bit:
                names.append("re." + name)
                value &= ~bit
        if value:
            names.append(hex(value))
        return "|".join(names)

    __str__ = __repr__


NOFLAG = RegexFlag.NOFLAG
TEMPLATE = T = RegexFlag.TEMPLATE
IGNORECASE = I = RegexFlag.IGNORECASE
LOCALE = L = RegexFlag.LOCALE
MULTILINE = M = RegexFlag.MULTILINE
DOTALL = S = RegexFlag.DOTALL
UNICODE = U = RegexFlag.UNICODE
VERBOSE = X = RegexFlag.VERBOSE
DEBUG = RegexFlag.DEBUG
ASCII = A = RegexFlag.ASCII


class error(Exception):
    """Exception raised for invalid regular expressions.

    Attributes: msg (the unformatted message), pattern, pos (where the error is), lineno and
    colno (where pos is, counted from 1).
    """

    def __init__(self, msg, pattern=None, pos=None):
        self.msg = msg
        self.pattern = pattern
        self.pos = pos
        if pattern is not None and pos is not None:
            msg = "%s at position %d" % (msg, pos)
            newline = "\n" if isinstance(pattern, str) else b"\n"
            self.lineno = pattern.count(newline, 0, pos) + 1
            self.colno = pos - pattern.rfind(newline, 0, pos)
            if newline in pattern:
                msg = "%s (line %d, column %d)" % (msg, self.lineno, self.colno)
        else:
            self.lineno = self.colno = None
        super().__init__(msg)


PatternError = error

_MAXSIZE = 9223372036854775807


def _check_string(string):
    if not isinstance(string, (str, bytes)):
        raise TypeError("expected string or bytes-like object, got %r" % type(string).__name__)


class Pattern:
    """A compiled regular expression (made by `re.compile`)."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Pattern' instances")

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        text = repr(self.pattern)
        if len(text) > 200:
            text = text[:200]
        flags = self.flags
        if isinstance(self.pattern, str):
            flags &= ~UNICODE
        if flags:
            return "re.compile(%s, %r)" % (text, RegexFlag(flags))
        return "re.compile(%s)" % text

    def __eq__(self, other):
        if not isinstance(other, Pattern):
            return NotImplemented
        return self.pattern == other.pattern and self.flags == other.flags

    def __hash__(self):
        return hash((self.pattern, self.flags))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _match(self, string, pos, endpos, mode):
        _check_string(string)
        spans = _re.search(self._id, string, pos, endpos, mode)
        if spans is None:
            return None
        return _new_match(self, string, pos, endpos, spans)

    def search(self, string, pos=0, endpos=_MAXSIZE):
        """The first match of the pattern in string[pos:endpos], or None."""
        return self._match(string, pos, endpos, 0)

    def match(self, string, pos=0, endpos=_MAXSIZE):
        """A match at string[pos], or None."""
        return self._match(string, pos, endpos, 1)

    def fullmatch(self, string, pos=0, endpos=_MAXSIZE):
        """A match of all of string[pos:endpos], or None."""
        return self._match(string, pos, endpos, 2)

    def _scan(self, string, pos=0, endpos=_MAXSIZE, limit=0):
        _check_string(string)
        return _re.scan(self._id, string, pos, endpos, limit)

    def finditer(self, string, pos=0, endpos=_MAXSIZE):
        """An iterator over the matches (Match objects), left to right."""
        return iter([_new_match(self, string, pos, endpos, s)
                     for s in self._scan(string, pos, endpos)])

    def findall(self, string, pos=0, endpos=_MAXSIZE):
        """The matched strings (the groups' strings, when the pattern has groups)."""
        found = []
        groups = self.groups
        empty = string[:0]
        for s in self._scan(string, pos, endpos):
            if groups == 0:
                found.append(string[s[0]:s[1]])
            elif groups == 1:
                found.append(string[s[2]:s[3]] if s[2] >= 0 else empty)
            else:
                found.append(tuple(string[s[2 * g]:s[2 * g + 1]] if s[2 * g] >= 0 else empty
                                   for g in range(1, groups + 1)))
        return found

    def split(self, string, maxsplit=0):
        """string split at the matches (with the groups' strings between the pieces)."""
        if maxsplit < 0:
            return [string]
        pieces = []
        last = 0
        groups = self.groups
        for s in self._scan(string, 0, _MAXSIZE, maxsplit):
            pieces.append(string[last:s[0]])
            for g in range(1, groups + 1):
                a = s[2 * g]
                pieces.append(string[a:s[2 * g + 1]] if a >= 0 else None)
            last = s[1]
        pieces.append(string[last:])
        return pieces

    def subn(self, repl, string, count=0):
        """(new string, number of replacements): the matches replaced by repl."""
        _check_string(string)
        if callable(repl):
            expand = None
        else:
            if isinstance(self.pattern, str) != isinstance(repl, str):
                if isinstance(repl, str):
                    raise TypeError("expected a bytes-like object, str found")
                raise TypeError("expected str instance, %s found" % type(repl).__name__)
            expand = _template(self, repl)
        if count < 0:
            return string, 0
        pieces = []
        last = 0
        n = 0
        for s in self._scan(string, 0, _MAXSIZE, count):
            pieces.append(string[last:s[0]])
            if expand is None:
                piece = repl(_new_match(self, string, 0, _MAXSIZE, s))
                if piece is not None:
                    if isinstance(piece, str) != isinstance(string, str):
                        raise TypeError("expected str instance, %s found"
                                        % type(piece).__name__)
                    pieces.append(piece)
            elif isinstance(expand, (str, bytes)):
                pieces.append(expand)
            else:
                pieces.append(_expand(expand, string, s))
            last = s[1]
            n += 1
        pieces.append(string[last:])
        return string[:0].join(pieces), n

    def sub(self, repl, string, count=0):
        """string with the matches replaced by repl (a template, or a function of a match)."""
        return self.subn(repl, string, count)[0]

    def scanner(self, string, pos=0, endpos=_MAXSIZE):
        return _Scanner(self, string, pos, endpos)


class _Scanner:
    def __init__(self, pattern, string, pos, endpos):
        self.pattern = pattern
        self._string = string
        self._pos = pos
        self._endpos = endpos
        self._empty_at = -1

    def _next(self, mode):
        p = self.pattern
        if self._pos > min(self._endpos, len(self._string)):
            return None
        spans = _re.search(p._id, self._string, self._pos, self._endpos, mode)
        if spans is None:
            self._pos = _MAXSIZE
            return None
        m = _new_match(p, self._string, self._pos, self._endpos, spans)
        self._pos = spans[1] if spans[1] > spans[0] else spans[1] + 1
        return m

    def match(self):
        return self._next(1)

    def search(self):
        return self._next(0)


def _new_pattern(pattern, flags, compiled):
    p = object.__new__(Pattern)
    p._id, engine_flags, p.groups, names = compiled
    engine_flags = int(engine_flags)
    if isinstance(pattern, str) and not engine_flags & ASCII:
        engine_flags |= 32
    p.pattern = pattern
    p.flags = engine_flags
    p.groupindex = dict(names)
    p._names = {n: name for name, n in names}
    return p


class Match:
    """The result of a successful match (from search, match, fullmatch, finditer...)."""

    def __init__(self, *args, **kwargs):
        raise TypeError("cannot create 're.Match' instances")

    def __class_getitem__(cls, item):
        return cls

    def __bool__(self):
        return True

    def __repr__(self):
        return "<re.Match object; span=(%d, %d), match=%r>" % (
            self._spans[0], self._spans[1], self.group(0))

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    def _index(self, group):
        if isinstance(group, int):
            if 0 <= group <= self.re.groups:
                return group
        elif isinstance(group, (str, bytes)):
            index = self.re.groupindex.get(group)
            if index is not None:
                return index
        else:
            try:
                group = group.__index__()
            except (AttributeError, TypeError):
                pass
            else:
                if 0 <= group <= self.re.groups:
                    return group
        raise IndexError("no such group")

    def _get(self, index, default=None):
        a = self._spans[2 * index]
        if a < 0:
            return default
        return self.string[a:self._spans[2 * index + 1]]

    def group(self, *groups):
        """One group's string (the whole match by default), or a tuple of several."""
        if not groups:
            return self._get(0)
        if len(groups) == 1:
            return self._get(self._index(groups[0]))
        return tuple(self._get(self._index(g)) for g in groups)

    def __getitem__(self, group):
        return self._get(self._index(group))

    def groups(self, default=None):
        """The strings of all groups (default for those that did not take part)."""
        return tuple(self._get(g, default) for g in range(1, self.re.groups + 1))

    def groupdict(self, default=None):
        """The strings of the named groups, by name."""
        return {name: self._get(index, default) for name, index in self.re.groupindex.items()}

    def start(self, group=0):
        return self._spans[2 * self._index(group)]

    def end(self, group=0):
        return self._spans[2 * self._index(group) + 1]

    def span(self, group=0):
        i = self._index(group)
        return (self._spans[2 * i], self._spans[2 * i + 1])

    @property
    def regs(self):
        return tuple((self._spans[2 * g], self._spans[2 * g + 1])
                     for g in range(self.re.groups + 1))

    @property
    def lastindex(self):
        best = None
        spans = self._spans
        for g in range(1, self.re.groups + 1):
            if spans[2 * g] < 0:
                continue
            # The group that closed last: the greatest end, and of those the one whose `)`
            # comes last in the pattern (an enclosing group, or a later sibling).
            key = (spans[2 * g + 1], self.re._close_rank[g])
            if best is None or key > best[0]:
                best = (key, g)
        return None if best is None else best[1]

    @property
    def lastgroup(self):
        index = self.lastindex
        if index is None:
            return None
        return self.re._names.get(index)

    def expand(self, template):
        """template with its group references replaced by this match's groups."""
        t = _template(self.re, template)
        if isinstance(t, (str, bytes)):
            return t
        return _expand(t, self.string, self._spans)


def _new_match(pattern, string, pos, endpos, spans):
    m = object.__new__(Match)
    m.re = pattern
    m.string = string
    m.pos = max(0, min(pos, len(string)))
    m.endpos = max(0, min(endpos, len(string)))
    m._spans = spans
    return m


def _close_ranks(pattern):
    """For each group number, the rank of its `)` among the groups' closings (computed from
    the source, skipping escapes, classes and non-capturing groups)."""
    ranks = {}
    stack = []
    number = 0
    rank = 0
    i = 0
    n = len(pattern)
    is_str = isinstance(pattern, str)

    def at(k):
        c = pattern[k]
        return c if is_str else chr(c)

    while i < n:
        c = at(i)
        if c == "\\":
            i += 2
            continue
        if c == "[":
            i += 1
            if i < n and at(i) == "^":
                i += 1
            if i < n and at(i) == "]":
                i += 1
            while i < n and at(i) != "]":
                if at(i) == "\\":
                    i += 1
                i += 1
            i += 1
            continue
        if c == "(":
            if i + 1 < n and at(i + 1) == "?":
                capturing = i + 2 < n and at(i + 2) == "P" and i + 3 < n and at(i + 3) == "<"
            else:
                capturing = True
            if capturing:
                number += 1
                stack.append(number)
            else:
                stack.append(0)
        elif c == ")" and stack:
            g = stack.pop()
            if g:
                ranks[g] = rank
                rank += 1
        i += 1
    return [ranks.get(g, 0) for g in range(number + 1)]


# ----- templates (the replacement strings of sub) -----

_ESCAPES = {"a": "\a", "b": "\b", "f": "\f", "n": "\n", "r": "\r", "t": "\t",
            "v": "\v", "\\": "\\"}


def _template(pattern, repl):
    """repl parsed: itself when it has no references, else a list of literal pieces and
    group numbers (the cache keeps the parsed form)."""
    key = (pattern._id, type(repl), repl)
    found = _template_cache.get(key)
    if found is not None:
        return found
    t = _parse_template(pattern, repl)
    if len(_template_cache) >= _MAXCACHE:
        _template_cache.clear()
    _template_cache[key] = t
    return t


_template_cache = {}


def _parse_template(pattern, repl):
    is_bytes = isinstance(repl, bytes)
    text = repl.decode("latin-1") if is_bytes else repl
    if "\\" not in text:
        return repl
    parts = []
    literal = []
    i = 0
    n = len(text)

    def flush():
        if literal:
            s = "".join(literal)
            parts.append(s.encode("latin-1") if is_bytes else s)
            literal.clear()

    while i < n:
        c = text[i]
        if c != "\\":
            literal.append(c)
            i += 1
            continue
        if i + 1 >= n:
            raise error("bad escape (end of pattern)", repl, i)
        d = text[i + 1]
        if d == "g":
            j = i + 2
            if j >= n or text[j] != "<":
                raise error("missing <", repl, j)
            close = text.find(">", j + 1)
            if close < 0:
                if j + 1 >= n:
                    raise error("missing group name", repl, j + 1)
                raise error("missing >, unterminated name", repl, j + 1)
            name = text[j + 1:close]
            if not name:
                raise error("missing group name", repl, j + 1)
            if name.isdecimal() and name.isascii():
                index = int(name)
                if index > pattern.groups:
                    raise error("invalid group reference %d" % index, repl, j + 1)
            elif name.isidentifier():
                index = pattern.groupindex.get(name)
                if index is None:
                    raise IndexError("unknown group name '%s'" % name)
            else:
                raise error("bad character in group name %r" % name, repl, j + 1)
            flush()
            parts.append(index)
            i = close + 1
        elif d == "0":
            j = i + 2
            while j < n and j < i + 4 and text[j] in "01234567":
                j += 1
            literal.append(chr(int(text[i + 1:j], 8)))
            i = j
        elif d.isdigit() and d.isascii():
            j = i + 2
            if j < n and text[j].isdigit() and text[j].isascii():
                if (d in "01234567" and text[j] in "01234567" and j + 1 < n
                        and text[j + 1] in "01234567"):
                    value = int(text[i + 1:j + 2], 8)
                    if value > 0o377:
                        raise error("octal escape value \\%s outside of range 0-0o377"
                                    % text[i + 1:j + 2], repl, i)
                    literal.append(chr(value))
                    i = j + 2
                    continue
                j += 1
            index = int(text[i + 1:j])
            if index > pattern.groups:
                raise error("invalid group reference %d" % index, repl, i + 1)
            flush()
            parts.append(index)
            i = j
        elif d in _ESCAPES:
            literal.append(_ESCAPES[d])
            i += 2
        elif d.isascii() and d.isalpha():
            raise error("bad escape \\%s" % d, repl, i)
        else:
            literal.append("\\")
            literal.append(d)
            i += 2
    flush()
    return parts


def _expand(parts, string, spans):
    out = []
    for p in parts:
        if isinstance(p, int):
            a = spans[2 * p]
            if a >= 0:
                out.append(string[a:spans[2 * p + 1]])
        else:
            out.append(p)
    return string[:0].join(out)


# ----- the module's functions -----

_MAXCACHE = 512
_cache = {}


def _compile(pattern, flags):
    if isinstance(flags, RegexFlag):
        flags = int(flags)
    key = (type(pattern), pattern, flags)
    try:
        return _cache[key]
    except (KeyError, TypeError):
        pass
    if isinstance(pattern, Pattern):
        if flags:
            raise ValueError("cannot process flags argument with a compiled pattern")
        return pattern
    if not isinstance(pattern, (str, bytes)):
        raise TypeError("first argument must be string or compiled pattern")
    if flags & TEMPLATE:
        raise ValueError("The re.TEMPLATE/re.T flag is deprecated.")
    compiled = _re.compile(pattern, flags)
    if isinstance(compiled[0], str):
        raise error(compiled[0], pattern, compiled[1])
    p = _new_pattern(pattern, flags, compiled)
    p._close_rank = _close_ranks(pattern)
    if len(_cache) >= _MAXCACHE:
        # Drop the oldest entry (dicts keep insertion order).
        try:
            del _cache[next(iter(_cache))]
        except (StopIteration, RuntimeError, KeyError):
            pass
    _cache[key] = p
    return p


def compile(pattern, flags=0):
    "Compile a regular expression pattern, returning a Pattern object."
    return _compile(pattern, flags)


def match(pattern, string, flags=0):
    """Try to apply the pattern at the start of the string, returning a Match object, or None
    if no match was found."""
    return _compile(pattern, flags).match(string)


def fullmatch(pattern, string, flags=0):
    """Try to apply the pattern to all of the string, returning a Match object, or None if no
    match was found."""
    return _compile(pattern, flags).fullmatch(string)


def search(pattern, string, flags=0):
    """Scan through string looking for a match to the pattern, returning a Match object, or
    None if no match was found."""
    return _compile(pattern, flags).search(string)


def sub(pattern, repl, string, count=0, flags=0):
    """Return the string obtained by replacing the leftmost non-overlapping occurrences of the
    pattern in string by the replacement repl."""
    return _compile(pattern, flags).sub(repl, string, count)


def subn(pattern, repl, string, count=0, flags=0):
    """Return a 2-tuple containing (new_string, number) of the replacements."""
    return _compile(pattern, flags).subn(repl, string, count)


def split(pattern, string, maxsplit=0, flags=0):
    """Split the source string by the occurrences of the pattern, returning a list containing
    the resulting substrings."""
    return _compile(pattern, flags).split(string, maxsplit)


def findall(pattern, string, flags=0):
    """Return a list of all non-overlapping matches in the string."""
    return _compile(pattern, flags).findall(string)


def finditer(pattern, string, flags=0):
    """Return an iterator over all non-overlapping matches in the string."""
    return _compile(pattern, flags).finditer(string)


def purge():
    "Clear the regular expression caches"
    _cache.clear()
    _template_cache.clear()


def template(pattern, flags=0):
    "Compile a template pattern, returning a Pattern object, deprecated"
    return _compile(pattern, flags | TEMPLATE)


_special_chars_map = {i: "\\" + chr(i) for i in b"()[]{}?*+-|^$\\.&~# \t\n\r\v\f"}


def escape(pattern):
    """Escape special characters in a string."""
    if isinstance(pattern, str):
        return pattern.translate(_special_chars_map)
    pattern = str(pattern, "latin1")
    return pattern.translate(_special_chars_map).encode("latin1")


Pattern.__module__ = "re"
Match.__module__ = "re"
