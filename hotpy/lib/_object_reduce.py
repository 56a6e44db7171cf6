"""`object.__reduce_ex__`, `object.__reduce__` and `object.__getstate__`, as CPython's
typeobject.c makes them (`object___reduce_ex__`, `_common_reduce`, `reduce_newobj`,
`object_getstate_default`), over CPython's `copyreg`: what `pickle` and `copy` ask an object
for. The builtin types CPython gives a `__reduce__` of their own (set, frozenset, range,
slice, bytearray, the exceptions) are remade here too; another builtin value cannot be
pickled."""

import copyreg

_BUILTIN_FUNCTION = type(len)
_MODULE = type(copyreg)

# Builtin value types whose `__getnewargs__` is their plain value.
_VALUE_TYPES = (bool, int, float, str, bytes, tuple, frozenset)


def _solid_base(cls):
    """The first builtin class in `cls`'s MRO (`object` for plain Python classes)."""
    for base in cls.__mro__:
        if base.__module__ == "builtins":
            return base
    return object


def _instance_dict(obj):
    try:
        return object.__getattribute__(obj, "__dict__")
    except AttributeError:
        return None


def _own_reduce(obj, protocol):
    """The `__reduce__` CPython's builtin types have for themselves (and their subclasses),
    or None."""
    cls = type(obj)
    if isinstance(obj, (set, frozenset)):
        return cls, (list(obj),), _instance_dict(obj) or None
    if isinstance(obj, bytearray):
        return cls, (bytes(obj),), _instance_dict(obj) or None
    if isinstance(obj, BaseException):
        state = _instance_dict(obj)
        if state:
            return cls, obj.args, state
        return cls, obj.args
    if cls is _BUILTIN_FUNCTION or cls is staticmethod:
        # A builtin function (hotpy's library keeps some as staticmethod objects) is found
        # again by name; a builtin method through its receiver.
        receiver = getattr(obj, "__self__", None)
        if receiver is None or isinstance(receiver, _MODULE):
            return obj.__qualname__
        return getattr, (receiver, obj.__name__)
    if cls is range:
        return range, (obj.start, obj.stop, obj.step)
    if cls is slice:
        return slice, (obj.start, obj.stop, obj.step)
    return None


def _new_args(obj, cls):
    """`__getnewargs_ex__` or `__getnewargs__`: (args, kwargs), or (None, None) if neither."""
    if getattr(cls, "__getnewargs_ex__", None) is not None:
        made = obj.__getnewargs_ex__()
        if not isinstance(made, tuple):
            raise TypeError("__getnewargs_ex__ should return a tuple, not '%s'"
                            % type(made).__name__)
        if len(made) != 2:
            raise ValueError("__getnewargs_ex__ should return a tuple of length 2, not %d"
                             % len(made))
        args, kwargs = made
        if not isinstance(args, tuple):
            raise TypeError("first item of the tuple returned by __getnewargs_ex__ must be "
                            "a tuple, not '%s'" % type(args).__name__)
        if not isinstance(kwargs, dict):
            raise TypeError("second item of the tuple returned by __getnewargs_ex__ must "
                            "be a dict, not '%s'" % type(kwargs).__name__)
        return args, kwargs
    if getattr(cls, "__getnewargs__", None) is not None:
        args = obj.__getnewargs__()
        if not isinstance(args, tuple):
            raise TypeError("__getnewargs__ should return a tuple, not '%s'"
                            % type(args).__name__)
        return args, None
    for base in _VALUE_TYPES:
        if isinstance(obj, base):
            return (base(obj),), None
    return None, None


def default_state(obj, required=False):
    """`object.__getstate__()`: the instance dict (None if empty), with the slots' values
    as a second dict if any are set."""
    cls = type(obj)
    if required and _solid_base(cls) not in (object, list, dict):
        raise TypeError("cannot pickle %r object" % cls.__name__)
    state = _instance_dict(obj) or None
    names = copyreg._slotnames(cls)
    if names:
        slots = {}
        for name in names:
            try:
                slots[name] = getattr(obj, name)
            except AttributeError:
                pass
        if slots:
            state = (state, slots)
    return state


def _state(obj, required):
    if type(obj).__getstate__ is not object.__getstate__:
        return obj.__getstate__()
    return default_state(obj, required)


def _reduce_newobj(obj):
    cls = type(obj)
    args, kwargs = _new_args(obj, cls)
    has_args = args is not None
    if not kwargs:
        function = copyreg.__newobj__
        arguments = (cls,) + (args or ())
    else:
        function = copyreg.__newobj_ex__
        arguments = (cls, args, kwargs)
    is_list, is_dict = isinstance(obj, list), isinstance(obj, dict)
    state = _state(obj, not has_args and not is_list and not is_dict)
    list_items = iter(obj) if is_list else None
    dict_items = iter(obj.items()) if is_dict else None
    return function, arguments, state, list_items, dict_items


def common_reduce(obj, protocol):
    """`object.__reduce__()` (protocol 0) and the default of `object.__reduce_ex__`."""
    own = _own_reduce(obj, protocol)
    if own is not None:
        return own
    if protocol >= 2:
        return _reduce_newobj(obj)
    return _reduce_old(obj)


def _reduce_old(obj):
    """Protocols 0 and 1: `copyreg._reduce_ex`, which finds the builtin base by looking at
    `__flags__` and `__new__.__self__` (hotpy has neither)."""
    cls = type(obj)
    base = _solid_base(cls)
    if base is object:
        state = None
    else:
        if base is cls:
            raise TypeError(f"cannot pickle {cls.__name__!r} object")
        state = base(obj)
    args = (cls, base, state)
    if type(obj).__getstate__ is object.__getstate__ and getattr(obj, "__slots__", None):
        raise TypeError("a class that defines __slots__ without "
                        "defining __getstate__ cannot be pickled")
    state = obj.__getstate__()
    if state:
        return copyreg._reconstructor, args, state
    return copyreg._reconstructor, args


def reduce_ex(obj, protocol):
    """`object.__reduce_ex__(protocol)`: the class's own `__reduce__` if it has one."""
    if not isinstance(protocol, int):
        raise TypeError("'%s' object cannot be interpreted as an integer"
                        % type(protocol).__name__)
    if type(obj).__reduce__ is not object.__reduce__:
        return obj.__reduce__()
    return common_reduce(obj, protocol)
