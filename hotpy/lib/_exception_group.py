"""`BaseExceptionGroup` and `ExceptionGroup` (PEP 654), builtins written in Python: the
constructor's checks, `message`/`exceptions`, `subgroup`, `split` and `derive`, CPython's
str; and `_ExceptStar`, the state of an `except*` statement handling an exception (the
compiler calls it as the hidden builtin `$ExceptStar`)."""


from _hotpy import copy_traceback as _copy_traceback


class BaseExceptionGroup(BaseException):
    """A combination of multiple unrelated exceptions."""

    def __new__(cls, message, exceptions, *rest):
        if rest:
            raise TypeError(f"BaseExceptionGroup.__new__() takes exactly 2 arguments ({2 + len(rest)} given)")
        if not isinstance(message, str):
            raise TypeError("BaseExceptionGroup.__new__() argument 1 must be str, not "
                            + type(message).__name__)
        given = exceptions
        try:
            exceptions = tuple(exceptions)
        except TypeError:
            raise TypeError("second argument (exceptions) must be a sequence") from None
        if isinstance(exceptions, (str, bytes)) or not exceptions:
            raise ValueError("second argument (exceptions) must be a non-empty sequence")
        for i, e in enumerate(exceptions):
            if not isinstance(e, BaseException):
                raise ValueError(f"Item {i} of second argument (exceptions) is not an exception")
        all_exceptions = all(isinstance(e, Exception) for e in exceptions)
        if cls is BaseExceptionGroup:
            if all_exceptions:
                cls = ExceptionGroup
        elif issubclass(cls, Exception) and not all_exceptions:
            if cls is ExceptionGroup:
                raise TypeError("Cannot nest BaseExceptions in an ExceptionGroup")
            raise TypeError(f"Cannot nest BaseExceptions in '{cls.__name__}'")
        self = BaseException.__new__(cls, message, given)
        self._message = message
        self._exceptions = exceptions
        return self

    def __init__(self, message, exceptions, *rest):
        BaseException.__init__(self, message, exceptions)

    @property
    def message(self):
        return self._message

    @property
    def exceptions(self):
        return self._exceptions

    def __str__(self):
        n = len(self._exceptions)
        return f"{self._message} ({n} sub-exception{'s' if n > 1 else ''})"

    def __repr__(self):
        return f"{type(self).__name__}({self._message!r}, {self.args[1]!r})"

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def _copy_metadata(self, group):
        group.__cause__ = self.__cause__
        group.__context__ = self.__context__
        _copy_traceback(self, group)
        if hasattr(self, "__notes__"):
            group.__notes__ = list(self.__notes__)
        return group

    @staticmethod
    def _matcher(condition):
        if isinstance(condition, type) and issubclass(condition, BaseException):
            return lambda e: isinstance(e, condition)
        if isinstance(condition, tuple) and all(
                isinstance(c, type) and issubclass(c, BaseException) for c in condition):
            return lambda e: isinstance(e, condition)
        if callable(condition) and not isinstance(condition, type):
            return condition
        raise TypeError("expected a function, exception type or tuple of exception types")

    def split(self, condition):
        match = self._matcher(condition)
        if match(self):
            return self, None
        matched, rest = [], []
        for e in self._exceptions:
            if isinstance(e, BaseExceptionGroup):
                m, r = e.split(match)
                if m is not None:
                    matched.append(m)
                if r is not None:
                    rest.append(r)
            elif match(e):
                matched.append(e)
            else:
                rest.append(e)
        m = self._copy_metadata(self.derive(matched)) if matched else None
        r = self._copy_metadata(self.derive(rest)) if rest else None
        return m, r

    def subgroup(self, condition):
        return self.split(condition)[0]

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


class ExceptionGroup(BaseExceptionGroup, Exception):
    pass


for _c in (BaseExceptionGroup, ExceptionGroup):
    _c.__module__ = "builtins"
del _c


def _check_star_types(types):
    classes = types if isinstance(types, tuple) else (types,)
    for c in classes:
        if not (isinstance(c, type) and issubclass(c, BaseException)):
            raise TypeError("catching classes that do not inherit from BaseException is not allowed")
        if issubclass(c, BaseExceptionGroup):
            raise TypeError("catching ExceptionGroup with except* is not allowed. Use except instead.")


def _leaves(exc, into):
    if isinstance(exc, BaseExceptionGroup):
        for e in exc.exceptions:
            _leaves(e, into)
    else:
        into.add(id(exc))
    return into


class _ExceptStar:
    """One `except*` statement handling exception `orig`: each clause's `match` splits off
    what it catches (`matched`); an exception a clause's body raises is handed to `raised`
    (a bare `raise` calls `reraising` first); `reraise` says whether anything is left to
    raise, and leaves it in `result`: the unhandled and re-raised parts of `orig` in its own
    structure, after any new exceptions (PEP 654, CPython's `_PyExc_PrepReraiseStar`)."""

    __slots__ = ("orig", "rest", "matched", "results", "bare", "result")

    def __init__(self, orig):
        self.orig = orig
        self.rest = orig
        self.matched = None
        # (exception, re-raised) for each clause body that raised.
        self.results = []
        self.bare = None
        self.result = None

    def match(self, types):
        _check_star_types(types)
        rest = self.rest
        if rest is None:
            return False
        if isinstance(rest, BaseExceptionGroup):
            matched, rest = rest.split(types)
        elif isinstance(rest, types):
            # A naked exception is caught wrapped in a group.
            if isinstance(rest, Exception):
                matched = ExceptionGroup("", (rest,))
            else:
                matched = BaseExceptionGroup("", (rest,))
            rest = None
        else:
            matched = None
        self.rest = rest
        self.matched = matched
        return matched is not None

    def reraising(self):
        self.bare = self.matched
        return self.matched

    def raised(self, exc):
        self.results.append((exc, exc is self.bare))
        self.bare = None

    def reraise(self):
        excs = self.results + [(self.rest, True)]
        orig = self.orig
        if not isinstance(orig, BaseExceptionGroup):
            # A naked exception: at most one clause ran.
            self.result = next((e for e, _ in excs if e is not None), None)
            return self.result is not None
        raised, kept = [], set()
        for e, again in excs:
            if e is None:
                continue
            if again:
                _leaves(e, kept)
            else:
                raised.append(e)
        reraised = orig.split(lambda e: id(e) in kept)[0] if kept else None
        if not raised:
            self.result = reraised
        else:
            if reraised is not None:
                raised.append(reraised)
            if len(raised) == 1:
                self.result = raised[0]
            else:
                self.result = ExceptionGroup("", raised) if all(
                    isinstance(e, Exception) for e in raised) else BaseExceptionGroup("", raised)
        self.results = None
        return self.result is not None


globals()["$ExceptStar"] = _ExceptStar
