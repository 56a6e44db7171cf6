"""hotpy's _contextvars (PEP 567): context variables, tokens and contexts. Each thread has
its current Context (a mapping from ContextVar to value, copied on write); `Context.run`
makes a context current for a call. asyncio's per-task contexts are not here yet."""

import _thread

_MISSING = object()
_current = {}   # thread ident -> Context


def _context():
    ident = _thread.get_ident()
    ctx = _current.get(ident)
    if ctx is None:
        ctx = _current[ident] = Context()
    return ctx


def copy_context():
    return _context().copy()


class Context:
    """A mapping of context variables to their values."""

    __slots__ = ("_data", "_entered")

    def __init__(self):
        self._data = {}
        self._entered = False

    def run(self, callable, /, *args, **kwargs):
        if self._entered:
            raise RuntimeError("cannot enter context: %r is already entered" % (self,))
        ident = _thread.get_ident()
        saved = _current.get(ident)
        self._entered = True
        _current[ident] = self
        try:
            return callable(*args, **kwargs)
        finally:
            self._entered = False
            if saved is None:
                del _current[ident]
            else:
                _current[ident] = saved

    def copy(self):
        new = Context()
        new._data = dict(self._data)
        return new

    def __getitem__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data[var]

    def get(self, var, default=None):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return self._data.get(var, default)

    def __contains__(self, var):
        if not isinstance(var, ContextVar):
            raise TypeError("a ContextVar key was expected, got %r" % (var,))
        return var in self._data

    def __len__(self):
        return len(self._data)

    def __iter__(self):
        return iter(self._data)

    def keys(self):
        return self._data.keys()

    def values(self):
        return self._data.values()

    def items(self):
        return self._data.items()

    def __eq__(self, other):
        if not isinstance(other, Context):
            return NotImplemented
        return self._data == other._data

    __hash__ = None


class ContextVar:
    __slots__ = ("_name", "_default")

    def __init__(self, name, *, default=_MISSING):
        if not isinstance(name, str):
            raise TypeError("context variable name must be a str")
        self._name = name
        self._default = default

    @property
    def name(self):
        return self._name

    def get(self, *args):
        if len(args) > 1:
            raise TypeError("get expected at most 1 argument, got %d" % len(args))
        data = _context()._data
        if self in data:
            return data[self]
        if args:
            return args[0]
        if self._default is not _MISSING:
            return self._default
        raise LookupError(self)

    def set(self, value):
        ctx = _context()
        old = ctx._data.get(self, Token.MISSING)
        # Copy on write: a copied Context keeps the values it had.
        ctx._data = dict(ctx._data)
        ctx._data[self] = value
        return Token(ctx, self, old)

    def reset(self, token):
        if not isinstance(token, Token):
            raise TypeError("expected an instance of Token, got %r" % (token,))
        if token._used:
            raise RuntimeError("%r has already been used once" % (token,))
        if token._var is not self:
            raise ValueError("%r was created by a different ContextVar" % (token,))
        ctx = _context()
        if token._context is not ctx:
            raise ValueError("%r was created in a different Context" % (token,))
        ctx._data = dict(ctx._data)
        if token._old is Token.MISSING:
            ctx._data.pop(self, None)
        else:
            ctx._data[self] = token._old
        token._used = True

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        default = "" if self._default is _MISSING else " default=%r" % (self._default,)
        return "<ContextVar name=%r%s at %#x>" % (self._name, default, id(self))

    def __hash__(self):
        return object.__hash__(self)


class Token:
    __slots__ = ("_context", "_var", "_old", "_used")

    MISSING = object()

    def __init__(self, context, var, old):
        self._context = context
        self._var = var
        self._old = old
        self._used = False

    @property
    def var(self):
        return self._var

    @property
    def old_value(self):
        return self._old

    def __class_getitem__(cls, item):
        return cls

    def __repr__(self):
        used = " used" if self._used else ""
        return "<Token%s var=%r at %#x>" % (used, self._var, id(self))
