"""Names for the types of builtin values, `GenericAlias` (what `list[int]` makes),
`UnionType` (what `int | None` makes), `SimpleNamespace`, and `new_class`,
`prepare_class` and `resolve_bases` (dynamic class creation)."""
import math as _math


def _f():
    pass


def _g():
    yield 1


class _C:
    def _m(self):
        pass


FunctionType = type(_f)
LambdaType = type(lambda: None)
GeneratorType = type(_g())


async def _c():
    pass


_c = _c()
CoroutineType = type(_c)
_c.close()


async def _ag():
    yield


AsyncGeneratorType = type(_ag())
del _c, _ag
MethodType = type(_C()._m)
BuiltinFunctionType = type(len)
BuiltinMethodType = type([].append)
NoneType = type(None)
EllipsisType = type(...)
NotImplementedType = type(NotImplemented)


def _cell():
    x = None

    def inner():
        return x

    return inner.__closure__[0]


CellType = type(_cell())
del _cell
ModuleType = type(_math)
CodeType = type(_f.__code__)


class MappingProxyType:
    """A read-only view of a mapping (CPython's `mappingproxy`): what `C.__dict__` and
    `vars(C)` give for a class."""

    __slots__ = ("_mapping",)

    def __new__(cls, mapping):
        if (not hasattr(type(mapping), "__getitem__") or not hasattr(type(mapping), "keys")
                or isinstance(mapping, (list, tuple))):
            raise TypeError("mappingproxy() argument must be a mapping, not %s"
                            % type(mapping).__name__)
        self = object.__new__(cls)
        object.__setattr__(self, "_mapping", mapping)
        return self

    def __getitem__(self, key):
        return self._mapping[key]

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def copy(self):
        return self._mapping.copy()

    def __iter__(self):
        return iter(self._mapping)

    def __reversed__(self):
        return reversed(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def __eq__(self, other):
        return self._mapping == other

    def __or__(self, other):
        if isinstance(other, MappingProxyType):
            other = other._mapping
        return self._mapping | other

    def __ror__(self, other):
        return other | self._mapping

    def __ior__(self, other):
        raise TypeError("'|=' is not supported by mappingproxy; use '|' instead")

    def __setattr__(self, name, value):
        raise AttributeError("'mappingproxy' object attribute '%s' is read-only" % name)

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)

    def __str__(self):
        return str(self._mapping)

    __hash__ = None


MappingProxyType.__name__ = MappingProxyType.__qualname__ = "mappingproxy"
MappingProxyType.__module__ = "builtins"
WrapperDescriptorType = type(object.__init__)
MethodWrapperType = type(object().__str__)
MethodDescriptorType = type(str.join)
ClassMethodDescriptorType = type(dict.__dict__["fromkeys"])
GetSetDescriptorType = type(FunctionType.__dict__["__code__"]) if "__code__" in FunctionType.__dict__ else type(None)
MemberDescriptorType = type(FunctionType.__dict__["__globals__"]) if "__globals__" in FunctionType.__dict__ else type(None)


def coroutine(func):
    """Makes a generator function's generators awaitable (CO_ITERABLE_COROUTINE); wraps
    any other callable so that generator-like objects it returns are awaitable."""
    if not callable(func):
        raise TypeError("types.coroutine() expects a callable")
    if type(func) is FunctionType:
        flags = func.__code__.co_flags
        if flags & 0x180:  # CO_COROUTINE | CO_ITERABLE_COROUTINE
            return func
        if flags & 0x20:  # CO_GENERATOR
            import _hotpy
            return _hotpy.mark_iterable_coroutine(func)
    import functools

    @functools.wraps(func)
    def wrapped(*args, **kwargs):
        coro = func(*args, **kwargs)
        if type(coro) is CoroutineType or (
            type(coro) is GeneratorType and coro.gi_code.co_flags & 0x100
        ):
            return coro
        if (
            hasattr(coro, "__next__")
            and hasattr(coro, "send")
            and hasattr(coro, "throw")
            and not hasattr(coro, "__await__")
        ):
            return _GeneratorWrapper(coro)
        return coro

    return wrapped


class _GeneratorWrapper:
    """What `types.coroutine` returns for a generator-like object: awaitable, and stepping
    the object it wraps."""

    def __init__(self, gen):
        self.__wrapped = gen
        self.__name__ = getattr(gen, "__name__", None)
        self.__qualname__ = getattr(gen, "__qualname__", None)

    def send(self, val):
        return self.__wrapped.send(val)

    def throw(self, *args):
        return self.__wrapped.throw(*args)

    def close(self):
        return self.__wrapped.close()

    def __next__(self):
        return next(self.__wrapped)

    def __iter__(self):
        return self

    __await__ = __iter__


def _traceback_types():
    from _traceback_types import traceback, frame
    return traceback, frame


TracebackType, FrameType = _traceback_types()


def _type_repr(obj):
    """How `list[int]` shows its arguments (CPython's typing._type_repr)."""
    if isinstance(obj, type):
        module = getattr(obj, "__module__", "builtins")
        if module == "builtins":
            return obj.__qualname__
        return module + "." + obj.__qualname__
    if obj is ...:
        return "..."
    if isinstance(obj, FunctionType):
        return obj.__name__
    return repr(obj)


def resolve_bases(bases):
    """`bases` with each one that is not a class replaced by what its `__mro_entries__`
    gives (PEP 560)."""
    new_bases = list(bases)
    updated = False
    shift = 0
    for i, base in enumerate(bases):
        if isinstance(base, type) and not getattr(base, "_is_class_alias", False):
            continue
        if not hasattr(base, "__mro_entries__"):
            continue
        new_base = base.__mro_entries__(bases)
        updated = True
        if not isinstance(new_base, tuple):
            raise TypeError("__mro_entries__ must return a tuple")
        new_bases[i + shift:i + shift + 1] = new_base
        shift += len(new_base) - 1
    if not updated:
        return bases
    return tuple(new_bases)


def _calculate_meta(meta, bases):
    """The most derived metaclass of `meta` and the bases' metaclasses."""
    winner = meta
    for base in bases:
        base_meta = type(base)
        if issubclass(winner, base_meta):
            continue
        if issubclass(base_meta, winner):
            winner = base_meta
            continue
        raise TypeError("metaclass conflict: the metaclass of a derived class must be a "
                        "(non-strict) subclass of the metaclasses of all its bases")
    return winner


def prepare_class(name, bases=(), kwds=None):
    """The metaclass, the namespace (from its `__prepare__`) and the remaining keywords for
    a class `name` with `bases`."""
    if kwds is None:
        kwds = {}
    else:
        kwds = dict(kwds)
    if "metaclass" in kwds:
        meta = kwds.pop("metaclass")
    elif bases:
        meta = type(bases[0])
    else:
        meta = type
    if isinstance(meta, type):
        meta = _calculate_meta(meta, bases)
    if hasattr(meta, "__prepare__"):
        ns = meta.__prepare__(name, bases, **kwds)
    else:
        ns = {}
    return meta, ns, kwds


def new_class(name, bases=(), kwds=None, exec_body=None):
    """A class made as a class statement would make it (bases resolved, the metaclass's
    namespace filled by `exec_body(ns)`)."""
    resolved_bases = resolve_bases(bases)
    meta, ns, kwds = prepare_class(name, resolved_bases, kwds)
    if exec_body is not None:
        exec_body(ns)
    if resolved_bases is not bases:
        ns["__orig_bases__"] = bases
    return meta(name, resolved_bases, ns, **kwds)


def _class_statement(cls, args, kwds):
    """hotpy's class statement calls the metaclass of its bases after their
    `__mro_entries__`; `typing`'s `Generic[T]` and `Protocol[T]` are classes (of a metaclass
    whose `__new__` calls this) and so are still among them: the class that statement should
    make from the bases they stand for, or None if this is no such call. The bases as
    written are kept in `__orig_bases__` (set by the class statement when an entry changed
    them)."""
    if (len(args) == 3 and isinstance(args[0], str) and type(args[1]) is tuple
            and isinstance(args[2], dict) and "__module__" in args[2]
            and any(isinstance(b, cls) for b in args[1])):
        name, bases, namespace = args
        resolved = resolve_bases(bases)
        if resolved is not bases and "__orig_bases__" not in namespace:
            namespace["__orig_bases__"] = bases
        kwds = dict(kwds)
        meta = kwds.pop("metaclass", type)
        if isinstance(meta, type):
            meta = _calculate_meta(meta, resolved)
        return meta(name, resolved, namespace, **kwds)
    return None


class GenericAlias:
    """A builtin type subscripted (`list[int]`, `dict[str, list[int]]`)."""

    def __new__(cls, *args, **kwds):
        made = _class_statement(cls, args, kwds)
        if made is not None:
            return made
        return object.__new__(cls)

    def __mro_entries__(self, bases):
        return (self.__origin__,)

    def __init__(self, origin, args):
        if not isinstance(args, tuple):
            args = (args,)
        self.__origin__ = origin
        self.__args__ = args
        self.__parameters__ = ()

    def __repr__(self):
        if len(self.__args__) == 0:
            inner = "()"
        else:
            inner = ", ".join(_type_repr(a) for a in self.__args__)
        return _type_repr(self.__origin__) + "[" + inner + "]"

    def __call__(self, *args, **kwargs):
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        if not isinstance(other, GenericAlias):
            return NotImplemented
        return self.__origin__ is other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((id(self.__origin__), self.__args__))

    def __getitem__(self, item):
        return GenericAlias(self.__origin__, item)

    def __instancecheck__(self, obj):
        raise TypeError("isinstance() argument 2 cannot be a parameterized generic")

    def __subclasscheck__(self, cls):
        raise TypeError("issubclass() argument 2 cannot be a parameterized generic")

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)


class UnionType:
    """`X | Y` of types (PEP 604): isinstance and issubclass take it like a tuple."""

    def __init__(self, args):
        self.__args__ = args

    def __repr__(self):
        return " | ".join(
            "None" if a is NoneType else _type_repr(a) for a in self.__args__
        )

    def __eq__(self, other):
        if not isinstance(other, UnionType):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __or__(self, other):
        return _union(self, other)

    def __ror__(self, other):
        return _union(other, self)

    def __instancecheck__(self, obj):
        return isinstance(obj, self.__args__)

    def __subclasscheck__(self, cls):
        return issubclass(cls, self.__args__)


def _union(left, right):
    """`left | right` for types, None, generic aliases and unions (the runtime calls it for
    `type.__or__`); NotImplemented for anything else."""
    args = []
    for operand in (left, right):
        if operand is None:
            operand = NoneType
        if isinstance(operand, UnionType):
            parts = operand.__args__
        elif isinstance(operand, (type, GenericAlias)):
            parts = (operand,)
        else:
            return NotImplemented
        for part in parts:
            if part not in args:
                args.append(part)
    if len(args) == 1:
        return args[0]
    return UnionType(tuple(args))


_namespace_reprs_running = set()


class SimpleNamespace:
    """An object whose attributes are the keyword arguments it was made with."""

    def __init__(self, **kwargs):
        for key, value in kwargs.items():
            setattr(self, key, value)

    def __repr__(self):
        import _thread

        name = "namespace" if type(self) is SimpleNamespace else type(self).__name__
        # A namespace met again inside its own repr shows as `namespace(...)`.
        key = (id(self), _thread.get_ident())
        if key in _namespace_reprs_running:
            return name + "(...)"
        _namespace_reprs_running.add(key)
        try:
            items = ", ".join(k + "=" + repr(v) for k, v in vars(self).items())
        finally:
            _namespace_reprs_running.discard(key)
        return name + "(" + items + ")"

    def __eq__(self, other):
        if not isinstance(other, SimpleNamespace):
            return NotImplemented
        return vars(self) == vars(other)


class DynamicClassAttribute:
    """A property on instances whose lookup on the class goes to the class's `__getattr__`
    (an AttributeError from the descriptor), so a class can have a virtual attribute and
    its instances a real one of the same name (enum's `name` and `value`)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc or (fget.__doc__ if fget is not None else None)
        self.overwrite_doc = doc is None
        self.__isabstractmethod__ = bool(getattr(fget, "__isabstractmethod__", False))

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            if self.__isabstractmethod__:
                return self
            raise AttributeError()
        if self.fget is None:
            raise AttributeError("unreadable attribute")
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError("can't set attribute")
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError("can't delete attribute")
        self.fdel(instance)

    def _copy(self, **changes):
        parts = dict(fget=self.fget, fset=self.fset, fdel=self.fdel,
                     doc=None if self.overwrite_doc else self.__doc__)
        parts.update(changes)
        made = type(self)(**parts)
        made.overwrite_doc = self.overwrite_doc
        return made

    def getter(self, fget):
        return self._copy(fget=fget)

    def setter(self, fset):
        return self._copy(fset=fset)

    def deleter(self, fdel):
        return self._copy(fdel=fdel)
