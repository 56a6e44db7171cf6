"""Weak references (CPython's `_weakref`, under `weakref` and `_weakrefset`) over gvmt's weak
table (`hotpy/src/modules/weakref.rs`).

A reference object is the owner of a table entry: the collector releases the entry when the
reference object dies, clears it when the referent dies first, and then hands the reference
back to `_dispatch` if it has a callback. hotpy has no reference counting, so an object
dies at the next collection that finds it unreachable (as in PyPy), not at its last `del`:
`gc.collect()` collects and runs the callbacks before it returns."""

import _hotpy

__all__ = ["ref", "proxy", "getweakrefcount", "getweakrefs", "ReferenceType",
           "ProxyType", "CallableProxyType"]

# The builtin types whose instances CPython cannot refer to weakly (their subclasses can,
# unless `__slots__` leaves out `__weakref__`).
_NO_WEAK = frozenset([object, int, bool, float, complex, str, bytes, tuple, list, dict,
                      type(None), type(NotImplemented), type(Ellipsis), range, slice])


def _check_referable(ob):
    cls = type(ob)
    for c in cls.__mro__:
        if c in _NO_WEAK:
            continue
        slots = c.__dict__.get("__slots__")
        if slots is None:
            return
        if isinstance(slots, str):
            slots = (slots,)
        if "__weakref__" in slots:
            return
    raise TypeError(f"cannot create weak reference to '{cls.__name__}' object")


def _address(ob):
    return "0x%016x" % id(ob)


class ReferenceType:
    """ref(object[, callback]) -> a weak reference to object."""

    __slots__ = ("_index", "__callback__", "_hash", "__weakref__")

    def __new__(cls, ob, callback=None, *args, **kwargs):
        if cls is ReferenceType and (args or kwargs):
            raise TypeError(f"__new__ expected at most 2 arguments, got {2 + len(args) + len(kwargs)}")
        _check_referable(ob)
        if callback is None and cls is ReferenceType:
            # One plain reference per object, as in CPython: `ref(o) is ref(o)`.
            for r in _hotpy.weak_owners(ob):
                if type(r) is ReferenceType and r.__callback__ is None:
                    return r
        self = object.__new__(cls)
        self.__callback__ = callback
        self._hash = None
        self._index = _hotpy.weak_new(ob, self, callback is not None)
        return self

    def __init__(self, ob, callback=None, *args, **kwargs):
        pass

    def __call__(self):
        return _hotpy.weak_get(self._index)

    def __hash__(self):
        if self._hash is None:
            ob = _hotpy.weak_get(self._index)
            if ob is None:
                raise TypeError("weak object has gone away")
            self._hash = hash(ob)
        return self._hash

    def __eq__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = _hotpy.weak_get(self._index), _hotpy.weak_get(other._index)
        if a is None or b is None:
            return self is other
        return a == b

    def __ne__(self, other):
        if not isinstance(other, ReferenceType):
            return NotImplemented
        a, b = _hotpy.weak_get(self._index), _hotpy.weak_get(other._index)
        if a is None or b is None:
            return self is not other
        return a != b

    def __repr__(self):
        ob = _hotpy.weak_get(self._index)
        if ob is None:
            return f"<weakref at {_address(self)}; dead>"
        name = getattr(ob, "__name__", None)
        text = f"<weakref at {_address(self)}; to '{type(ob).__qualname__}' at {_address(ob)}"
        if isinstance(name, str):
            text += f" ({name})"
        return text + ">"

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)


ReferenceType.__name__ = ReferenceType.__qualname__ = "ReferenceType"
ReferenceType.__module__ = "weakref"
ref = ReferenceType


def _referent(proxy):
    ob = _hotpy.weak_get(object.__getattribute__(proxy, "_index"))
    if ob is None:
        raise ReferenceError("weakly-referenced object no longer exists")
    return ob


class ProxyType:
    """A proxy for an object that does not keep it alive: attribute access and operators
    go to the object while it lives, then raise ReferenceError."""

    __slots__ = ("_index", "__callback__", "__weakref__")

    def __getattribute__(self, name):
        return getattr(_referent(self), name)

    def __setattr__(self, name, value):
        setattr(_referent(self), name, value)

    def __delattr__(self, name):
        delattr(_referent(self), name)

    def __repr__(self):
        ob = _hotpy.weak_get(object.__getattribute__(self, "_index"))
        kind = "weakproxy" if type(self) is ProxyType else "weakcallableproxy"
        if ob is None:
            return f"<{kind} at {_address(self)}; dead>"
        return f"<{kind} at {_address(self)}; to '{type(ob).__qualname__}' at {_address(ob)}>"

    def __str__(self):
        return str(_referent(self))

    def __bytes__(self):
        return bytes(_referent(self))

    def __bool__(self):
        return bool(_referent(self))

    def __hash__(self):
        raise TypeError(f"unhashable type: 'weakref.{type(self).__name__}'")

    def __len__(self):
        return len(_referent(self))

    def __iter__(self):
        return iter(_referent(self))

    def __next__(self):
        return next(_referent(self))

    def __reversed__(self):
        return reversed(_referent(self))

    def __contains__(self, item):
        return item in _referent(self)

    def __getitem__(self, key):
        return _referent(self)[key]

    def __setitem__(self, key, value):
        _referent(self)[key] = value

    def __delitem__(self, key):
        del _referent(self)[key]

    def __index__(self):
        import operator
        return operator.index(_referent(self))

    def __int__(self):
        return int(_referent(self))

    def __float__(self):
        return float(_referent(self))

    def __abs__(self):
        return abs(_referent(self))

    def __neg__(self):
        return -_referent(self)

    def __pos__(self):
        return +_referent(self)

    def __invert__(self):
        return ~_referent(self)

    def __enter__(self):
        return _referent(self).__enter__()

    def __exit__(self, *args):
        return _referent(self).__exit__(*args)


def _unwrap(value):
    if isinstance(value, ProxyType):
        return _referent(value)
    return value


def _binary(op, name):
    def forward(self, other):
        return op(_referent(self), _unwrap(other))

    def backward(self, other):
        return op(_unwrap(other), _referent(self))

    def inplace(self, other):
        import operator
        return getattr(operator, "__i%s__" % name)(_referent(self), _unwrap(other))

    forward.__name__ = "__%s__" % name
    backward.__name__ = "__r%s__" % name
    inplace.__name__ = "__i%s__" % name
    return forward, backward, inplace


def _install_operators():
    import operator
    for name in ("add", "sub", "mul", "matmul", "truediv", "floordiv", "mod", "pow",
                 "lshift", "rshift", "and", "or", "xor"):
        forward, backward, inplace = _binary(getattr(operator, "__%s__" % name), name)
        setattr(ProxyType, forward.__name__, forward)
        setattr(ProxyType, backward.__name__, backward)
        setattr(ProxyType, inplace.__name__, inplace)

    def divmod_(self, other):
        return divmod(_referent(self), _unwrap(other))

    def rdivmod(self, other):
        return divmod(_unwrap(other), _referent(self))
    ProxyType.__divmod__ = divmod_
    ProxyType.__rdivmod__ = rdivmod
    for name in ("lt", "le", "eq", "ne", "gt", "ge"):
        op = getattr(operator, "__%s__" % name)

        def compare(self, other, op=op):
            return op(_referent(self), _unwrap(other))
        compare.__name__ = "__%s__" % name
        setattr(ProxyType, compare.__name__, compare)
    ProxyType.__hash__ = ProxyType.__dict__["__hash__"]


_install_operators()
ProxyType.__name__ = ProxyType.__qualname__ = "ProxyType"
ProxyType.__module__ = "weakref"


class CallableProxyType(ProxyType):
    __slots__ = ()

    def __call__(self, *args, **kwargs):
        return _referent(self)(*args, **kwargs)


CallableProxyType.__name__ = CallableProxyType.__qualname__ = "CallableProxyType"
CallableProxyType.__module__ = "weakref"


def proxy(ob, callback=None):
    """proxy(object[, callback]) -- create a proxy object that weakly references 'object'."""
    _check_referable(ob)
    cls = CallableProxyType if callable(ob) else ProxyType
    if callback is None:
        for p in _hotpy.weak_owners(ob):
            if type(p) is cls and object.__getattribute__(p, "__callback__") is None:
                return p
    p = object.__new__(cls)
    object.__setattr__(p, "__callback__", callback)
    object.__setattr__(p, "_index", _hotpy.weak_new(ob, p, callback is not None))
    return p


def getweakrefcount(ob):
    """Return the number of weak references to 'object'."""
    return len(_hotpy.weak_owners(ob))


def getweakrefs(ob):
    """Return a list of all weak reference objects pointing to 'object'."""
    return _hotpy.weak_owners(ob)


def _remove_dead_weakref(d, key):
    """Delete d[key] if it is a dead weak reference (WeakValueDictionary's callbacks)."""
    try:
        r = d[key]
    except KeyError:
        return
    if r() is None:
        del d[key]


def _dispatch(r):
    """Called by the VM for each reference whose object died: runs its callback once and
    reports what it raises, as CPython does."""
    if isinstance(r, ProxyType):
        callback = object.__getattribute__(r, "__callback__")
        object.__setattr__(r, "__callback__", None)
    else:
        callback = r.__callback__
        r.__callback__ = None
    if callback is None:
        return
    try:
        callback(r)
    except BaseException as e:
        _hotpy.print_exception(e, f"Exception ignored in: {callback!r}\n", 1)
