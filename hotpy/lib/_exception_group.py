"""`BaseExceptionGroup` and `ExceptionGroup` (PEP 654), builtins written in Python: the
constructor's checks, `message`/`exceptions`, `subgroup`, `split` and `derive`, CPython's
str. (`except*` is not compiled yet.)"""


class BaseExceptionGroup(BaseException):
    """A combination of multiple unrelated exceptions."""

    def __new__(cls, message, exceptions, *rest):
        if rest:
            raise TypeError(f"BaseExceptionGroup.__new__() takes exactly 2 arguments ({2 + len(rest)} given)")
        if not isinstance(message, str):
            raise TypeError("BaseExceptionGroup.__new__() argument 1 must be str, not "
                            + type(message).__name__)
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
        self = BaseException.__new__(cls, message, exceptions)
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
        return f"{type(self).__name__}({self._message!r}, {list(self._exceptions)!r})"

    def derive(self, excs):
        return BaseExceptionGroup(self._message, excs)

    def _copy_metadata(self, group):
        group.__cause__ = self.__cause__
        group.__context__ = self.__context__
        group.__traceback__ = self.__traceback__
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
