"""Type hints: the names `typing` gives, subscriptable as in CPython (`List[int]`,
`Optional[str]`, `Callable[[int], str]`), with CPython's reprs. Nothing is checked at run
time; `Generic`, `Protocol` (with `runtime_checkable` isinstance checks), `NamedTuple` and
`TypedDict` work as base classes."""
from types import GenericAlias as _BuiltinAlias, _type_repr

TYPE_CHECKING = False


class _SpecialForm:
    """A name such as `Any`, `Union` or `Optional`; subscripting it makes an alias."""

    def __init__(self, name, origin=None, arity=None):
        self._name = name
        self.__origin__ = origin
        self._arity = arity

    def __repr__(self):
        return "typing." + self._name

    def __getitem__(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if self._name == "Optional":
            return _UnionAlias(params + (type(None),), optional=True)
        if self._name == "Union":
            flat = []
            for p in params:
                inner = p.__args__ if isinstance(p, _UnionAlias) else (p,)
                for q in inner:
                    q = type(None) if q is None else q
                    if q not in flat:
                        flat.append(q)
            if len(flat) == 1:
                return flat[0]
            return _UnionAlias(tuple(flat))
        return _GenericAlias(self, params)

    def __call__(self, *args, **kwargs):
        if self.__origin__ is None:
            raise TypeError("Cannot instantiate " + repr(self))
        return self.__origin__(*args, **kwargs)

    def __eq__(self, other):
        return self is other

    def __hash__(self):
        return hash(self._name)


class _GenericAlias:
    """A subscripted special form: `List[int]`, `Callable[[int], str]`."""

    def __init__(self, form, args):
        self._form = form
        self.__origin__ = form.__origin__ if form.__origin__ is not None else form
        self.__args__ = args

    def __repr__(self):
        form = self._form
        if form._name == "Callable" and len(self.__args__) == 2:
            params, result = self.__args__
            if isinstance(params, list):
                inner = "[" + ", ".join(_type_repr(p) for p in params) + "]"
            else:
                inner = _type_repr(params)
            return "typing.Callable[" + inner + ", " + _type_repr(result) + "]"
        return repr(form) + "[" + ", ".join(_type_repr(a) for a in self.__args__) + "]"

    def __call__(self, *args, **kwargs):
        return self._form(*args, **kwargs)

    def __getitem__(self, params):
        return _GenericAlias(self._form, params if isinstance(params, tuple) else (params,))

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self._form is other._form and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self._form._name, self.__args__))


class _UnionAlias:
    def __init__(self, args, optional=False):
        self.__origin__ = Union
        self.__args__ = args
        self._optional = optional

    def __repr__(self):
        if len(self.__args__) == 2 and type(None) in self.__args__:
            other = [a for a in self.__args__ if a is not type(None)][0]
            return "typing.Optional[" + _type_repr(other) + "]"
        return "typing.Union[" + ", ".join(_type_repr(a) for a in self.__args__) + "]"

    def __eq__(self, other):
        if not isinstance(other, _UnionAlias):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))


Any = _SpecialForm("Any")
NoReturn = _SpecialForm("NoReturn")
Never = _SpecialForm("Never")
Self = _SpecialForm("Self")
LiteralString = _SpecialForm("LiteralString")
ClassVar = _SpecialForm("ClassVar")
Final = _SpecialForm("Final")
Union = _SpecialForm("Union")
Optional = _SpecialForm("Optional")
Literal = _SpecialForm("Literal")
Annotated = _SpecialForm("Annotated")
TypeAlias = _SpecialForm("TypeAlias")
Callable = _SpecialForm("Callable")
List = _SpecialForm("List", list)
Dict = _SpecialForm("Dict", dict)
Set = _SpecialForm("Set", set)
FrozenSet = _SpecialForm("FrozenSet", frozenset)
Tuple = _SpecialForm("Tuple", tuple)
Type = _SpecialForm("Type", type)
Iterable = _SpecialForm("Iterable")
Iterator = _SpecialForm("Iterator")
Generator = _SpecialForm("Generator")
Sequence = _SpecialForm("Sequence")
MutableSequence = _SpecialForm("MutableSequence")
Mapping = _SpecialForm("Mapping")
MutableMapping = _SpecialForm("MutableMapping")
AbstractSet = _SpecialForm("AbstractSet")
MutableSet = _SpecialForm("MutableSet")
Collection = _SpecialForm("Collection")
Container = _SpecialForm("Container")
Hashable = _SpecialForm("Hashable")
Sized = _SpecialForm("Sized")
Reversible = _SpecialForm("Reversible")
Awaitable = _SpecialForm("Awaitable")
Coroutine = _SpecialForm("Coroutine")
AsyncIterator = _SpecialForm("AsyncIterator")
AsyncIterable = _SpecialForm("AsyncIterable")
ItemsView = _SpecialForm("ItemsView")
KeysView = _SpecialForm("KeysView")
ValuesView = _SpecialForm("ValuesView")
SupportsInt = _SpecialForm("SupportsInt")
SupportsFloat = _SpecialForm("SupportsFloat")
SupportsIndex = _SpecialForm("SupportsIndex")
SupportsAbs = _SpecialForm("SupportsAbs")
IO = _SpecialForm("IO")
TextIO = _SpecialForm("TextIO")
BinaryIO = _SpecialForm("BinaryIO")
Text = str
AnyStr = None


def _lib_form(name, module, attr):
    form = _SpecialForm(name)

    def origin(*args, **kwargs):
        return getattr(__import__(module), attr)(*args, **kwargs)

    form.__origin__ = origin
    return form


Deque = _lib_form("Deque", "collections", "deque")
DefaultDict = _lib_form("DefaultDict", "collections", "defaultdict")
OrderedDict = _lib_form("OrderedDict", "collections", "OrderedDict")
Counter = _lib_form("Counter", "collections", "Counter")
ChainMap = _SpecialForm("ChainMap")


class TypeVar:
    """A type variable: `T = TypeVar("T")` shows as `~T`."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        self.__constraints__ = constraints
        self.__bound__ = bound
        self.__covariant__ = covariant
        self.__contravariant__ = contravariant

    def __repr__(self):
        prefix = "+" if self.__covariant__ else "-" if self.__contravariant__ else "~"
        return prefix + self.__name__


AnyStr = TypeVar("AnyStr", bytes, str)


class ParamSpec(TypeVar):
    pass


class Generic:
    """Base of generic classes: `class Stack(Generic[T])` (subscripting gives the class)."""

    def __class_getitem__(cls, params):
        return cls


def _protocol_members(cls):
    """The attribute names a protocol class declares (its own and its protocol bases')."""
    names = set()
    for base in cls.__mro__[:-1]:
        if base.__name__ in ("Protocol", "Generic"):
            continue
        for name in base.__dict__:
            if not name.startswith("_abc_") and name not in _PROTOCOL_IGNORED:
                names.add(name)
        for name in getattr(base, "__annotations__", {}):
            names.add(name)
    return names


_PROTOCOL_IGNORED = frozenset([
    "__abstractmethods__", "__annotations__", "__dict__", "__doc__", "__init__",
    "__module__", "__new__", "__slots__", "__subclasshook__", "__weakref__",
    "__class_getitem__", "__parameters__", "__orig_bases__", "__protocol_attrs__",
    "__qualname__", "_is_protocol", "_is_runtime_protocol", "__init_subclass__",
    "__non_callable_proto_members__", "__match_args__",
])


from abc import ABCMeta as _ABCMeta


class _ProtocolMeta(_ABCMeta):
    """The metaclass of protocols: isinstance() against a @runtime_checkable protocol checks
    that the object has every member (CPython's structural check)."""

    def __instancecheck__(cls, instance):
        if not getattr(cls, "_is_protocol", False):
            return super().__instancecheck__(instance)
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError(
                "Instance and class checks can only be used with @runtime_checkable protocols"
            )
        if super().__instancecheck__(instance):
            return True
        for name in _protocol_members(cls):
            if not hasattr(instance, name):
                return False
        return True

    def __subclasscheck__(cls, other):
        if not getattr(cls, "_is_protocol", False):
            return super().__subclasscheck__(other)
        if not getattr(cls, "_is_runtime_protocol", False):
            raise TypeError(
                "Instance and class checks can only be used with @runtime_checkable protocols"
            )
        if cls in getattr(other, "__mro__", ()):
            return True
        for name in _protocol_members(cls):
            if not any(name in base.__dict__ for base in getattr(other, "__mro__", ())):
                return False
        return True


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base of structural types: `isinstance` works against `@runtime_checkable` ones."""

    _is_protocol = True

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        # A protocol is a class whose bases are all protocols (a class that merely
        # implements one is not).
        if "_is_protocol" not in cls.__dict__:
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)
        if "_is_runtime_protocol" not in cls.__dict__:
            cls._is_runtime_protocol = False


def runtime_checkable(cls):
    """Lets isinstance() and issubclass() check against a protocol class."""
    if not getattr(cls, "_is_protocol", False):
        raise TypeError(
            "@runtime_checkable can be only applied to protocol classes, got %r" % cls
        )
    cls._is_runtime_protocol = True
    return cls


class NamedTuple:
    """`class Point(NamedTuple): x: int; y: int = 0`: a record with fields in order, made
    from the class's annotations (its instances are not tuples in hotpy)."""

    def __init_subclass__(cls, **kwargs):
        fields = tuple(cls.__dict__.get("__annotations__", {}))
        defaults = {f: cls.__dict__[f] for f in fields if f in cls.__dict__}
        cls._fields = fields
        cls._field_defaults = defaults

    def __init__(self, *args, **kwargs):
        fields = type(self)._fields
        if len(args) > len(fields):
            raise TypeError(
                "__new__() takes " + str(len(fields) + 1) + " positional arguments but "
                + str(len(args) + 1) + " were given"
            )
        values = dict(zip(fields, args))
        for key, value in kwargs.items():
            if key not in fields:
                raise TypeError("__new__() got an unexpected keyword argument '" + key + "'")
            if key in values:
                raise TypeError("__new__() got multiple values for argument '" + key + "'")
            values[key] = value
        for f in fields:
            if f not in values:
                if f in type(self)._field_defaults:
                    values[f] = type(self)._field_defaults[f]
                else:
                    raise TypeError("__new__() missing 1 required positional argument: '" + f + "'")
            object.__setattr__(self, f, values[f])

    def __iter__(self):
        return iter([getattr(self, f) for f in type(self)._fields])

    def __len__(self):
        return len(type(self)._fields)

    def __getitem__(self, index):
        return tuple(self)[index]

    def __eq__(self, other):
        return tuple(self) == tuple(other)

    def __lt__(self, other):
        return tuple(self) < tuple(other)

    def __hash__(self):
        return hash(tuple(self))

    def __repr__(self):
        parts = ", ".join(f + "=" + repr(getattr(self, f)) for f in type(self)._fields)
        return type(self).__name__ + "(" + parts + ")"

    def _asdict(self):
        return {f: getattr(self, f) for f in type(self)._fields}

    def _replace(self, **changes):
        values = self._asdict()
        values.update(changes)
        return type(self)(**values)


class TypedDict:
    """`class Movie(TypedDict): name: str`: calling it makes a plain dict."""

    def __new__(cls, *args, **kwargs):
        return dict(*args, **kwargs)


def cast(typ, value):
    return value


def overload(func):
    return func


def final(f):
    return f


def no_type_check(f):
    return f


def get_type_hints(obj):
    hints = {}
    if isinstance(obj, type):
        for klass in reversed(obj.__mro__):
            hints.update(klass.__dict__.get("__annotations__", {}))
        return hints
    return dict(getattr(obj, "__annotations__", {}))


def get_origin(tp):
    return getattr(tp, "__origin__", None)


def get_args(tp):
    return getattr(tp, "__args__", ())
