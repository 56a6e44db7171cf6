"""CSV parsing and writing.

Pure-Python implementation of the ``_csv`` accelerator module for hotpy.
It provides the reader/writer objects, the Dialect type, the dialect
registry and the field size limit that the standard library's ``csv``
module builds upon, mirroring the behaviour (and error messages) of
CPython 3.11's C implementation.
"""

__version__ = "1.0"

QUOTE_MINIMAL, QUOTE_ALL, QUOTE_NONNUMERIC, QUOTE_NONE = range(4)

_dialects = {}
_field_limit = 128 * 1024

_C_LONG_MIN = -(1 << 63)
_C_LONG_MAX = (1 << 63) - 1
_C_INT_MIN = -(1 << 31)
_C_INT_MAX = (1 << 31) - 1


class Error(Exception):
    pass


# --------------------------------------------------------------------------
# Argument-parsing helpers (reproduce CPython's messages for C functions)

def _unpack_args(args, low, high):
    """Like PyArg_UnpackTuple with an empty function name."""
    n = len(args)
    if n < low:
        raise TypeError(" expected at least %d argument%s, got %d"
                        % (low, "" if low == 1 else "s", n))
    if n > high:
        raise TypeError(" expected at most %d argument%s, got %d"
                        % (high, "" if high == 1 else "s", n))
    return tuple(args) + (None,) * (high - n)


def _single_name_arg(funcname, args, kwargs):
    """Parse the lone required 'name' argument of get/unregister_dialect."""
    total = len(args) + len(kwargs)
    if total > 1:
        raise TypeError("%s() takes at most 1 argument (%d given)"
                        % (funcname, total))
    if args:
        return args[0]
    if "name" in kwargs:
        return kwargs["name"]
    raise TypeError("%s() missing required argument 'name' (pos 1)" % funcname)


def _exactly_one_arg(qualname, args, kwargs):
    if kwargs:
        raise TypeError("%s() takes no keyword arguments" % qualname)
    if len(args) != 1:
        raise TypeError("%s() takes exactly one argument (%d given)"
                        % (qualname, len(args)))
    return args[0]


# --------------------------------------------------------------------------
# Dialect

_DIALECT_ATTRS = ("delimiter", "doublequote", "escapechar", "lineterminator",
                  "quotechar", "quoting", "skipinitialspace", "strict")
_DIALECT_KWLIST = ("dialect",) + _DIALECT_ATTRS
_MISSING = object()


def _check_char(name, value, default, allow_none):
    """Validate a one-character setting; None means 'not set'."""
    if value is _MISSING:
        return default
    if allow_none and value is None:
        return None
    if not isinstance(value, str):
        raise TypeError('"%s" must be string%s, not %s'
                        % (name, " or None" if allow_none else "",
                           type(value).__name__))
    if len(value) != 1:
        raise TypeError('"%s" must be a 1-character string' % name)
    return value


def _check_bool(value, default):
    if value is _MISSING:
        return default
    return bool(value)


def _check_int(name, value, default):
    if value is _MISSING:
        return default
    if type(value) is not int:
        raise TypeError('"%s" must be an integer' % name)
    if not _C_INT_MIN <= value <= _C_INT_MAX:
        raise OverflowError("Python int too large to convert to C int")
    return int(value)


def _parse_dialect_args(args, kwargs):
    """Bind Dialect(...) arguments like PyArg_ParseTupleAndKeywords."""
    total = len(args) + len(kwargs)
    if total > len(_DIALECT_KWLIST):
        raise TypeError("function takes at most %d arguments (%d given)"
                        % (len(_DIALECT_KWLIST), total))
    values = {}
    for index, name in enumerate(_DIALECT_KWLIST):
        if index < len(args):
            if name in kwargs:
                raise TypeError("argument for function given by name ('%s') "
                                "and position (%d)" % (name, index + 1))
            values[name] = args[index]
        elif name in kwargs:
            values[name] = kwargs[name]
    for name in kwargs:
        if name not in _DIALECT_KWLIST:
            raise TypeError("'%s' is an invalid keyword argument for this "
                            "function" % name)
    return values


class Dialect:
    """CSV dialect

The Dialect type records CSV parsing and generation options.
"""

    __slots__ = ("_delimiter", "_doublequote", "_escapechar",
                 "_lineterminator", "_quotechar", "_quoting",
                 "_skipinitialspace", "_strict")

    def __new__(cls, *args, **kwargs):
        values = _parse_dialect_args(args, kwargs)
        base = values.pop("dialect", _MISSING)
        if base is not _MISSING:
            if isinstance(base, str):
                base = get_dialect(base)
            # An existing, unmodified Dialect instance can be shared.
            if isinstance(base, Dialect) and not values:
                return base
        settings = {}
        for name in _DIALECT_ATTRS:
            value = values.get(name, _MISSING)
            if value is _MISSING and base is not _MISSING:
                try:
                    value = getattr(base, name)
                except Exception:
                    value = _MISSING
            settings[name] = value

        self = object.__new__(cls)
        init = object.__setattr__
        init(self, "_delimiter",
             _check_char("delimiter", settings["delimiter"], ",", False))
        init(self, "_doublequote",
             _check_bool(settings["doublequote"], True))
        init(self, "_escapechar",
             _check_char("escapechar", settings["escapechar"], None, True))
        terminator = settings["lineterminator"]
        if terminator is _MISSING:
            terminator = "\r\n"
        elif terminator is not None and not isinstance(terminator, str):
            raise TypeError('"lineterminator" must be a string')
        init(self, "_lineterminator", terminator)
        quotechar = settings["quotechar"]
        init(self, "_quotechar", _check_char("quotechar", quotechar, '"', True))
        quoting = settings["quoting"]
        init(self, "_quoting", _check_int("quoting", quoting, QUOTE_MINIMAL))
        if self._quoting not in (QUOTE_MINIMAL, QUOTE_ALL,
                                 QUOTE_NONNUMERIC, QUOTE_NONE):
            raise TypeError('bad "quoting" value')
        init(self, "_skipinitialspace",
             _check_bool(settings["skipinitialspace"], False))
        init(self, "_strict", _check_bool(settings["strict"], False))

        if quotechar is None and quoting is _MISSING:
            init(self, "_quoting", QUOTE_NONE)
        if self._quoting != QUOTE_NONE and self._quotechar is None:
            raise TypeError("quotechar must be set if quoting enabled")
        if self._lineterminator is None:
            raise TypeError("lineterminator must be set")
        return self

    delimiter = property(lambda self: self._delimiter)
    doublequote = property(lambda self: self._doublequote)
    escapechar = property(lambda self: self._escapechar)
    lineterminator = property(lambda self: self._lineterminator)
    quotechar = property(lambda self: self._quotechar)
    quoting = property(lambda self: self._quoting)
    skipinitialspace = property(lambda self: self._skipinitialspace)
    strict = property(lambda self: self._strict)

    def _type_label(self):
        return "_csv.Dialect" if type(self) is Dialect else type(self).__name__

    def __setattr__(self, name, value):
        if name in _DIALECT_ATTRS:
            raise AttributeError("attribute '%s' of '_csv.Dialect' objects "
                                 "is not writable" % name)
        if type(self) is not Dialect:
            object.__setattr__(self, name, value)
            return
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (self._type_label(), name))

    def __delattr__(self, name):
        self.__setattr__(name, None)

    def __getattr__(self, name):
        raise AttributeError("'%s' object has no attribute '%s'"
                             % (self._type_label(), name))

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '%s' instances" % type(self).__name__)


def _make_dialect(dialect, kwargs):
    if dialect is not None:
        return Dialect(dialect, **kwargs)
    return Dialect(**kwargs)


# --------------------------------------------------------------------------
# Reader

# Parser states.
(_START_RECORD, _START_FIELD, _ESCAPED_CHAR, _IN_FIELD, _IN_QUOTED_FIELD,
 _ESCAPE_IN_QUOTED_FIELD, _QUOTE_IN_QUOTED_FIELD, _EAT_CRNL,
 _AFTER_ESCAPED_CRNL) = range(9)

_EOL = object()          # pseudo-character fed to the parser after each line
_NO_CHAR = object()      # stands in for an unset quotechar/escapechar


class Reader:
    """CSV reader

Reader objects are responsible for reading and parsing tabular data
in CSV format.
"""

    __slots__ = ("_lines", "_dialect", "_line_num")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_csv.reader' instances")

    dialect = property(lambda self: self._dialect)
    line_num = property(lambda self: self._line_num)

    def __setattr__(self, name, value):
        if name in ("dialect", "line_num"):
            raise AttributeError("readonly attribute")
        raise AttributeError("'_csv.reader' object has no attribute '%s'"
                             % name)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.reader' object")

    def __iter__(self):
        return self

    def __next__(self):
        dialect = self._dialect
        delimiter = dialect._delimiter
        escapechar = dialect._escapechar
        if escapechar is None:
            escapechar = _NO_CHAR
        quotechar = dialect._quotechar
        if quotechar is None or dialect._quoting == QUOTE_NONE:
            quotechar = _NO_CHAR
        doublequote = dialect._doublequote
        skipspace = dialect._skipinitialspace
        strict = dialect._strict
        nonnumeric = dialect._quoting == QUOTE_NONNUMERIC

        fields = []
        field = []
        numeric = False
        state = _START_RECORD

        def save_field():
            text = "".join(field)
            field.clear()
            if numeric:
                fields.append(float(text))
            else:
                fields.append(text)

        def add_char(c):
            if len(field) >= _field_limit:
                raise Error("field larger than field limit (%d)"
                            % _field_limit)
            field.append(c)

        while True:
            try:
                line = next(self._lines)
            except StopIteration:
                if field or state == _IN_QUOTED_FIELD:
                    if strict:
                        raise Error("unexpected end of data") from None
                    save_field()
                    return fields
                raise
            if not isinstance(line, str):
                raise Error("iterator should return strings, not %s (the file "
                            "should be opened in text mode)"
                            % type(line).__name__)
            object.__setattr__(self, "_line_num", self._line_num + 1)

            chars = list(line)
            chars.append(_EOL)
            for c in chars:
                if state == _IN_FIELD or state == _AFTER_ESCAPED_CRNL:
                    # After an escaped newline the parser stays in the
                    # "after" state (which ignores end-of-line) until a
                    # delimiter, newline or escape moves it on.
                    if c is _EOL and state == _AFTER_ESCAPED_CRNL:
                        continue
                    if c == "\n" or c == "\r" or c is _EOL:
                        save_field()
                        numeric = False
                        state = _START_RECORD if c is _EOL else _EAT_CRNL
                    elif c == escapechar:
                        state = _ESCAPED_CHAR
                    elif c == delimiter:
                        save_field()
                        numeric = False
                        state = _START_FIELD
                    else:
                        add_char(c)
                elif state == _IN_QUOTED_FIELD:
                    if c is _EOL:
                        pass
                    elif c == escapechar:
                        state = _ESCAPE_IN_QUOTED_FIELD
                    elif c == quotechar:
                        state = _QUOTE_IN_QUOTED_FIELD if doublequote \
                            else _IN_FIELD
                    else:
                        add_char(c)
                elif state == _START_RECORD or state == _START_FIELD:
                    if state == _START_RECORD:
                        if c is _EOL:
                            continue
                        if c == "\n" or c == "\r":
                            state = _EAT_CRNL
                            continue
                        state = _START_FIELD
                    if c == "\n" or c == "\r" or c is _EOL:
                        save_field()
                        state = _START_RECORD if c is _EOL else _EAT_CRNL
                    elif c == quotechar:
                        state = _IN_QUOTED_FIELD
                    elif c == escapechar:
                        state = _ESCAPED_CHAR
                    elif c == " " and skipspace:
                        pass
                    elif c == delimiter:
                        save_field()
                    else:
                        numeric = nonnumeric
                        add_char(c)
                        state = _IN_FIELD
                elif state == _ESCAPED_CHAR:
                    if c == "\n" or c == "\r":
                        add_char(c)
                        state = _AFTER_ESCAPED_CRNL
                    else:
                        add_char("\n" if c is _EOL else c)
                        state = _IN_FIELD
                elif state == _ESCAPE_IN_QUOTED_FIELD:
                    add_char("\n" if c is _EOL else c)
                    state = _IN_QUOTED_FIELD
                elif state == _QUOTE_IN_QUOTED_FIELD:
                    if c == quotechar:
                        add_char(c)
                        state = _IN_QUOTED_FIELD
                    elif c == delimiter:
                        save_field()
                        state = _START_FIELD
                    elif c == "\n" or c == "\r" or c is _EOL:
                        save_field()
                        state = _START_RECORD if c is _EOL else _EAT_CRNL
                    elif not strict:
                        add_char(c)
                        state = _IN_FIELD
                    else:
                        raise Error("'%s' expected after '%s'"
                                    % (delimiter, quotechar))
                else:  # _EAT_CRNL
                    if c == "\n" or c == "\r":
                        pass
                    elif c is _EOL:
                        state = _START_RECORD
                    else:
                        raise Error("new-line character seen in unquoted "
                                    "field - do you need to open the file "
                                    "in universal-newline mode?")
            if state == _START_RECORD:
                return fields


def reader(*args, **kwargs):
    """    csv_reader = reader(iterable [, dialect='excel']
                        [optional keyword args])
    for row in csv_reader:
        process(row)

The "iterable" argument can be any object that returns a line
of input for each iteration, such as a file object or a list.  The
optional "dialect" parameter is discussed below.  The function
also accepts optional keyword arguments which override settings
provided by the dialect.

The returned object is an iterator.  Each iteration returns a row
of the CSV file (which can span multiple input lines).
"""
    iterable, dialect = _unpack_args(args, 1, 2)
    lines = iter(iterable)
    self = object.__new__(Reader)
    object.__setattr__(self, "_lines", lines)
    object.__setattr__(self, "_line_num", 0)
    object.__setattr__(self, "_dialect", _make_dialect(dialect, kwargs))
    return self


# --------------------------------------------------------------------------
# Writer

def _is_number(value):
    """Equivalent of PyNumber_Check: can the object act as a number?"""
    if isinstance(value, complex):
        return True
    kind = type(value)
    return (hasattr(kind, "__index__") or hasattr(kind, "__int__")
            or hasattr(kind, "__float__"))


class Writer:
    """CSV writer

Writer objects are responsible for generating tabular data
in CSV format from sequence input.
"""

    __slots__ = ("_write", "_dialect", "_specials")

    def __new__(cls, *args, **kwargs):
        raise TypeError("cannot create '_csv.writer' instances")

    dialect = property(lambda self: self._dialect)

    def __setattr__(self, name, value):
        if name == "dialect":
            raise AttributeError("readonly attribute")
        raise AttributeError("'_csv.writer' object has no attribute '%s'"
                             % name)

    def __reduce_ex__(self, protocol):
        raise TypeError("cannot pickle '_csv.writer' object")

    def _format_field(self, text, quoted):
        """Escape/quote one field's text according to the dialect."""
        dialect = self._dialect
        if self._specials.isdisjoint(text):
            body = text
        else:
            quotechar = dialect._quotechar
            escapechar = dialect._escapechar
            quote_none = dialect._quoting == QUOTE_NONE
            out = []
            for c in text:
                if c in self._specials:
                    escape = False
                    if quote_none:
                        escape = True
                    else:
                        if c == quotechar:
                            if dialect._doublequote:
                                out.append(quotechar)
                            else:
                                escape = True
                        elif c == escapechar:
                            escape = True
                        if not escape:
                            quoted = True
                    if escape:
                        if escapechar is None:
                            raise Error("need to escape, but no escapechar set")
                        out.append(escapechar)
                out.append(c)
            body = "".join(out)
        if quoted:
            return dialect._quotechar + body + dialect._quotechar
        return body

    def writerow(self, *args, **kwargs):
        """writerow(iterable)

Construct and write a CSV record from an iterable of fields.  Non-string
elements will be converted to string."""
        row = _exactly_one_arg("writer.writerow", args, kwargs)
        try:
            fields = iter(row)
        except TypeError:
            raise Error("iterable expected, not %s"
                        % type(row).__name__) from None
        dialect = self._dialect
        quoting = dialect._quoting
        parts = []
        for value in fields:
            if quoting == QUOTE_NONNUMERIC:
                quoted = not _is_number(value)
            else:
                quoted = quoting == QUOTE_ALL
            if isinstance(value, str):
                text = value
            elif value is None:
                text = ""
            else:
                text = str(value)
            parts.append(self._format_field(text, quoted))
        if len(parts) == 1 and parts[0] == "":
            if quoting == QUOTE_NONE:
                raise Error("single empty field record must be quoted")
            parts[0] = dialect._quotechar * 2
        line = dialect._delimiter.join(parts) + dialect._lineterminator
        return self._write(line)

    def writerows(self, *args, **kwargs):
        """writerows(iterable of iterables)

Construct and write a series of iterables to a csv file.  Non-string
elements will be converted to string."""
        rows = _exactly_one_arg("writer.writerows", args, kwargs)
        for row in rows:
            self.writerow(row)
        return None


def writer(*args, **kwargs):
    """    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    for row in sequence:
        csv_writer.writerow(row)

    [or]

    csv_writer = csv.writer(fileobj [, dialect='excel']
                            [optional keyword args])
    csv_writer.writerows(rows)

The "fileobj" argument can be any object that supports the file API.
"""
    output, dialect = _unpack_args(args, 1, 2)
    try:
        write = output.write
    except AttributeError:
        write = None
    if write is None or not callable(write):
        raise TypeError('argument 1 must have a "write" method')
    self = object.__new__(Writer)
    object.__setattr__(self, "_write", write)
    dialect = _make_dialect(dialect, kwargs)
    object.__setattr__(self, "_dialect", dialect)
    specials = set(dialect._delimiter + dialect._lineterminator)
    for char in (dialect._quotechar, dialect._escapechar):
        if char is not None:
            specials.add(char)
    object.__setattr__(self, "_specials", frozenset(specials))
    return self


# Present the classes under the names CPython gives them.
Reader.__name__ = Reader.__qualname__ = "reader"
Writer.__name__ = Writer.__qualname__ = "writer"


# --------------------------------------------------------------------------
# Dialect registry and field size limit

def register_dialect(*args, **kwargs):
    """Create a mapping from a string name to a dialect class.
    dialect = csv.register_dialect(name[, dialect[, **fmtparams]])"""
    name, dialect = _unpack_args(args, 1, 2)
    if not isinstance(name, str):
        raise TypeError("dialect name must be a string")
    _dialects[name] = _make_dialect(dialect, kwargs)


def unregister_dialect(*args, **kwargs):
    """Delete the name/dialect mapping associated with a string name.

    csv.unregister_dialect(name)"""
    name = _single_name_arg("unregister_dialect", args, kwargs)
    try:
        del _dialects[name]
    except KeyError:
        raise Error("unknown dialect") from None


def get_dialect(*args, **kwargs):
    """Return the dialect instance associated with name.

    dialect = csv.get_dialect(name)"""
    name = _single_name_arg("get_dialect", args, kwargs)
    try:
        return _dialects[name]
    except KeyError:
        raise Error("unknown dialect") from None


def list_dialects(*args, **kwargs):
    """Return a list of all know dialect names.
    names = csv.list_dialects()"""
    if kwargs:
        raise TypeError("_csv.list_dialects() takes no keyword arguments")
    if args:
        raise TypeError("_csv.list_dialects() takes no arguments (%d given)"
                        % len(args))
    return list(_dialects)


def field_size_limit(*args, **kwargs):
    """Sets an upper limit on parsed fields.
    csv.field_size_limit([limit])

Returns old limit. If limit is not given, no new limit is set and
the old limit is returned"""
    global _field_limit
    total = len(args) + len(kwargs)
    if total > 1:
        raise TypeError("field_size_limit() takes at most 1 argument "
                        "(%d given)" % total)
    for name in kwargs:
        if name != "new_limit":
            raise TypeError("'%s' is an invalid keyword argument for "
                            "field_size_limit()" % name)
    old_limit = _field_limit
    if total:
        new_limit = args[0] if args else kwargs["new_limit"]
        if type(new_limit) is not int:
            raise TypeError("limit must be an integer")
        if not _C_LONG_MIN <= new_limit <= _C_LONG_MAX:
            raise OverflowError("Python int too large to convert to C long")
        _field_limit = new_limit
    return old_limit
