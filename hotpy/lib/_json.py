"""hotpy's `_json`: CPython's accelerator for the `json` package (Modules/_json.c), whose
scanner and encoder are in Rust (hotpy/src/modules/json). CPython's json/*.py, loaded from
the machine's standard library, take these when present, as under CPython."""
import _hotpy

encode_basestring_ascii = _hotpy.json_encode_basestring_ascii
encode_basestring = _hotpy.json_encode_basestring


def _decode_error(msg, doc, pos):
    from json.decoder import JSONDecodeError
    return JSONDecodeError(msg, doc, pos)


def scanstring(string, end, strict=True):
    """scanstring(string, end, strict=True) -> (string, end)"""
    result = _hotpy.json_scanstring(string, end, bool(strict))
    if result[0] is None and len(result) == 3:
        raise _decode_error(result[1], string, result[2])
    return result


class Scanner:
    """JSON scanner object"""

    def __init__(self, context):
        self.strict = bool(context.strict)
        self.object_hook = context.object_hook
        self.object_pairs_hook = context.object_pairs_hook
        self.parse_float = context.parse_float
        self.parse_int = context.parse_int
        self.parse_constant = context.parse_constant
        self.memo = {}

    def __call__(self, string, idx):
        parse_float = self.parse_float
        parse_int = self.parse_int
        result = _hotpy.json_scan(
            string, idx, self.strict, self.object_hook, self.object_pairs_hook,
            None if parse_float is float else parse_float,
            None if parse_int is int else parse_int,
            self.parse_constant)
        if len(result) == 3:
            _, msg, pos = result
            if msg is None:
                raise StopIteration(pos)
            raise _decode_error(msg, string, pos)
        return result


Scanner.__module__ = "_json"
make_scanner = Scanner


class Encoder:
    """Encoder(markers, default, encoder, indent, key_separator, item_separator, sort_keys,
    skipkeys, allow_nan)"""

    def __init__(self, markers, default, encoder, indent, key_separator, item_separator,
                 sort_keys, skipkeys, allow_nan):
        if markers is not None and not isinstance(markers, dict):
            raise TypeError(
                f"make_encoder() argument 1 must be dict or None, not {type(markers).__name__}")
        self.markers = markers
        self.default = default
        self.encoder = encoder
        self.indent = indent
        self.key_separator = key_separator
        self.item_separator = item_separator
        self.sort_keys = sort_keys
        self.skipkeys = skipkeys
        self.allow_nan = allow_nan

    def __call__(self, obj, _current_indent_level):
        encoder = self.encoder
        mode = 1 if encoder is encode_basestring_ascii else 2 if encoder is encode_basestring else 0
        return (_hotpy.json_encode(
            obj, self.markers is not None, self.default, encoder, mode, self.key_separator,
            self.item_separator, bool(self.sort_keys), bool(self.skipkeys),
            bool(self.allow_nan)),)


Encoder.__module__ = "_json"
make_encoder = Encoder
