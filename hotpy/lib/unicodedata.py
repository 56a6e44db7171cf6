"""hotpy's `unicodedata`: the Unicode Character Database at the version CPython 3.11 has
(14.0.0). The properties come from hotpy's own tables (`hotpy/src/unicode`), names from the
`unicode_names2` crate and normalization from `unicode-normalization`; this module checks
arguments and raises CPython's errors. `ucd_3_2_0` answers from the same 14.0.0 tables
(CPython keeps Unicode 3.2.0's data for IDNA): see docs/library.md."""

from _hotpy import (unicode_property as _property, unicode_name as _name,
                    unicode_lookup as _lookup, unicode_normalize as _normalize,
                    unicode_is_normalized as _is_normalized)

unidata_version = "14.0.0"

_NO_DEFAULT = object()


def _char(function, ch):
    if not isinstance(ch, str) or len(ch) != 1:
        raise TypeError("%s() argument must be a unicode character, not %s"
                        % (function, "None" if ch is None else type(ch).__name__))
    return ch


class UCD:
    """The database at one Unicode version."""

    def __init__(self, version):
        self.unidata_version = version

    def category(self, chr, /):
        return _property(_char("category", chr), 0)

    def bidirectional(self, chr, /):
        return _property(_char("bidirectional", chr), 1)

    def combining(self, chr, /):
        return _property(_char("combining", chr), 2)

    def east_asian_width(self, chr, /):
        return _property(_char("east_asian_width", chr), 3)

    def mirrored(self, chr, /):
        return _property(_char("mirrored", chr), 4)

    def decimal(self, chr, default=_NO_DEFAULT, /):
        value = _property(_char("decimal", chr), 5)
        if value is None:
            if default is _NO_DEFAULT:
                raise ValueError("not a decimal")
            return default
        return value

    def digit(self, chr, default=_NO_DEFAULT, /):
        value = _property(_char("digit", chr), 6)
        if value is None:
            if default is _NO_DEFAULT:
                raise ValueError("not a digit")
            return default
        return value

    def numeric(self, chr, default=_NO_DEFAULT, /):
        value = _property(_char("numeric", chr), 7)
        if value is None:
            if default is _NO_DEFAULT:
                raise ValueError("not a numeric character")
            return default
        return value

    def decomposition(self, chr, /):
        return _property(_char("decomposition", chr), 8)

    def name(self, chr, default=_NO_DEFAULT, /):
        value = _name(_char("name", chr))
        if value is None:
            if default is _NO_DEFAULT:
                raise ValueError("no such name")
            return default
        return value

    def lookup(self, name, /):
        if isinstance(name, (bytes, bytearray)):
            name = name.decode("latin-1")
        elif not isinstance(name, str):
            raise TypeError("a bytes-like object is required, not '%s'" % type(name).__name__)
        value = _lookup(name)
        if value is None:
            raise KeyError("undefined character name '%s'" % name)
        return value

    def normalize(self, form, unistr, /):
        return _normalize(form, unistr)

    def is_normalized(self, form, unistr, /):
        return _is_normalized(form, unistr)

    def __repr__(self):
        return "<unicodedata.UCD object>"


UCD.__module__ = "unicodedata"
_current = UCD(unidata_version)
ucd_3_2_0 = UCD("3.2.0")

category = _current.category
bidirectional = _current.bidirectional
combining = _current.combining
east_asian_width = _current.east_asian_width
mirrored = _current.mirrored
decimal = _current.decimal
digit = _current.digit
numeric = _current.numeric
decomposition = _current.decomposition
name = _current.name
lookup = _current.lookup
normalize = _current.normalize
is_normalized = _current.is_normalized
