"""hotpy's string: the character-class constants, capwords and Template."""

ascii_lowercase = "abcdefghijklmnopqrstuvwxyz"
ascii_uppercase = "ABCDEFGHIJKLMNOPQRSTUVWXYZ"
ascii_letters = ascii_lowercase + ascii_uppercase
digits = "0123456789"
hexdigits = "0123456789abcdefABCDEF"
octdigits = "01234567"
punctuation = "!\"#$%&'()*+,-./:;<=>?@[\\]^_`{|}~"
whitespace = " \t\n\r\x0b\x0c"
printable = digits + ascii_letters + punctuation + whitespace


def capwords(s, sep=None):
    return (sep or " ").join(word.capitalize() for word in s.split(sep))


class Template:
    """CPython's string.Template: `$name`, `${name}` and `$$` in `template`, substituted
    from a mapping and keywords. Subclasses may change `delimiter`; the identifier rule is
    CPython's default (ASCII letters, digits and `_`, not starting with a digit; a subclass's
    `idpattern` or `pattern` is not supported: hotpy has no `re` yet)."""

    delimiter = "$"
    braceidpattern = None

    def __init__(self, template):
        self.template = template

    def _parts(self):
        # ("text", s) | ("name", name, start) | ("escape", start) | ("invalid", start)
        t, d = self.template, self.delimiter
        i, n, text = 0, len(t), []
        while i < n:
            if not t.startswith(d, i):
                text.append(t[i])
                i += 1
                continue
            if text:
                yield ("text", "".join(text))
                text = []
            j = i + len(d)
            if t.startswith(d, j):
                yield ("escape", i)
                i = j + len(d)
                continue
            braced = j < n and t[j] == "{"
            k = j + 1 if braced else j
            m = k
            if m < n and (t[m] == "_" or t[m].isascii() and t[m].isalpha()):
                m += 1
                while m < n and (t[m] == "_" or t[m].isascii() and t[m].isalnum()):
                    m += 1
            name = t[k:m]
            if not name or braced and (m >= n or t[m] != "}"):
                yield ("invalid", i)
                i = j
                continue
            yield ("name", name, i)
            i = m + 1 if braced else m
        if text:
            yield ("text", "".join(text))

    def _invalid(self, start):
        # CPython counts from just after the delimiter.
        start += len(self.delimiter)
        lines = self.template[:start].splitlines(keepends=True)
        if not lines:
            colno, lineno = 1, 1
        else:
            colno = start - len("".join(lines[:-1]))
            lineno = len(lines)
        raise ValueError(
            "Invalid placeholder in string: line %d, col %d" % (lineno, colno)
        )

    def substitute(self, mapping=None, /, **kws):
        mapping = _mapping(mapping, kws)
        out = []
        for part in self._parts():
            kind = part[0]
            if kind == "text":
                out.append(part[1])
            elif kind == "escape":
                out.append(self.delimiter)
            elif kind == "name":
                out.append("%s" % (mapping[part[1]],))
            else:
                self._invalid(part[1])
        return "".join(out)

    def safe_substitute(self, mapping=None, /, **kws):
        mapping = _mapping(mapping, kws)
        out = []
        t = self.template
        for part in self._parts():
            kind = part[0]
            if kind == "text":
                out.append(part[1])
            elif kind == "escape":
                out.append(self.delimiter)
            elif kind == "name":
                try:
                    out.append("%s" % (mapping[part[1]],))
                except KeyError:
                    start = part[2]
                    end = start + len(self.delimiter)
                    if t.startswith("{", end):
                        end = t.index("}", end) + 1
                    else:
                        end += len(part[1])
                    out.append(t[start:end])
            else:
                out.append(self.delimiter)
        return "".join(out)

    def is_valid(self):
        return all(part[0] != "invalid" for part in self._parts())

    def get_identifiers(self):
        ids = []
        for part in self._parts():
            if part[0] == "name" and part[1] not in ids:
                ids.append(part[1])
            elif part[0] == "invalid":
                self._invalid(part[1])
        return ids


def _mapping(mapping, kws):
    """What a substitution reads names from: the keywords first, then the mapping."""
    if mapping is None:
        return kws
    return _ChainMap(kws, mapping) if kws else mapping


class _ChainMap:
    """The keywords first, then the mapping (what CPython's Template uses ChainMap for)."""

    def __init__(self, first, second):
        self.first, self.second = first, second

    def __getitem__(self, key):
        if key in self.first:
            return self.first[key]
        return self.second[key]
