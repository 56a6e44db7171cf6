"""`@dataclass`: `__init__`, `__repr__`, `__eq__` (and with `order=True` the comparisons,
with `frozen=True` immutability and a hash) made from a class's annotated fields, as
CPython's dataclasses module makes them; plus `field`, `fields`, `asdict`, `astuple`,
`replace`, `is_dataclass`. The methods are closures over the field list rather than code
compiled from generated source, so their error messages for bad calls are simpler."""

import _thread

__all__ = [
    "dataclass",
    "field",
    "Field",
    "FrozenInstanceError",
    "InitVar",
    "KW_ONLY",
    "MISSING",
    "fields",
    "asdict",
    "astuple",
    "make_dataclass",
    "replace",
    "is_dataclass",
]


class _MissingType:
    def __repr__(self):
        return "MISSING"


MISSING = _MissingType()


class _KwOnlyType:
    pass


KW_ONLY = _KwOnlyType()


class FrozenInstanceError(AttributeError):
    pass


class InitVar:
    def __init__(self, type):
        self.type = type

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    def __init__(self, default, default_factory, init, repr, hash, compare, metadata, kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = {} if metadata is None else metadata
        self.kw_only = kw_only

    def __repr__(self):
        return (
            "Field(name=" + repr(self.name) + ",type=" + repr(self.type)
            + ",default=" + repr(self.default) + ",default_factory=" + repr(self.default_factory)
            + ",init=" + repr(self.init) + ",repr=" + repr(self.repr) + ",hash=" + repr(self.hash)
            + ",compare=" + repr(self.compare) + ",metadata=" + repr(self.metadata)
            + ",kw_only=" + repr(self.kw_only) + ")"
        )



class _DataclassParams:
    """The options a dataclass was made with (`cls.__dataclass_params__`)."""

    __slots__ = ("init", "repr", "eq", "order", "unsafe_hash", "frozen")

    def __init__(self, init, repr, eq, order, unsafe_hash, frozen):
        self.init = init
        self.repr = repr
        self.eq = eq
        self.order = order
        self.unsafe_hash = unsafe_hash
        self.frozen = frozen

    def __repr__(self):
        return ("_DataclassParams(init=%r,repr=%r,eq=%r,order=%r,unsafe_hash=%r,frozen=%r)"
                % (self.init, self.repr, self.eq, self.order, self.unsafe_hash, self.frozen))

def field(*, default=MISSING, default_factory=MISSING, init=True, repr=True, hash=None,
          compare=True, metadata=None, kw_only=MISSING):
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _is_classvar(annotation):
    text = annotation if isinstance(annotation, str) else repr(annotation)
    return text.startswith("typing.ClassVar") or text.startswith("ClassVar")


def _is_initvar(annotation):
    return isinstance(annotation, InitVar) or (
        isinstance(annotation, str) and annotation.startswith("InitVar")
    )


def _collect_fields(cls, kw_only):
    collected = {}
    for base in reversed(cls.__mro__[1:]):
        for f in getattr(base, "__dataclass_fields__", {}).values():
            collected[f.name] = f
    annotations = cls.__dict__.get("__annotations__", {})
    own = cls.__dict__
    kw_only_from_here = kw_only
    for name, annotation in annotations.items():
        if annotation is KW_ONLY or (isinstance(annotation, str) and annotation == "KW_ONLY"):
            kw_only_from_here = True
            continue
        if _is_classvar(annotation):
            continue
        default = own.get(name, MISSING)
        if isinstance(default, Field):
            f = default
        else:
            if isinstance(default, (list, dict, set)):
                raise ValueError(
                    "mutable default " + str(type(default)) + " for field " + name
                    + " is not allowed: use default_factory"
                )
            f = field(default=default)
        f.name = name
        f.type = annotation
        f._initvar = _is_initvar(annotation)
        if f.kw_only is MISSING:
            f.kw_only = kw_only_from_here
        if f.default is MISSING:
            if name in own:
                delattr(cls, name)
        else:
            setattr(cls, name, f.default)
        collected[name] = f
    return list(collected.values())


def _make_init(cls, all_fields, frozen):
    init_fields = [f for f in all_fields if f.init]
    positional = [f for f in init_fields if not f.kw_only]
    keyword_only = [f for f in init_fields if f.kw_only]
    seen_default = False
    for f in positional:
        has_default = f.default is not MISSING or f.default_factory is not MISSING
        if seen_default and not has_default:
            raise TypeError("non-default argument '" + f.name + "' follows default argument")
        seen_default = seen_default or has_default
    name = cls.__qualname__ + ".__init__"

    required = len([f for f in positional if f.default is MISSING and f.default_factory is MISSING])

    def __init__(self, *args, **kwargs):
        if len(args) > len(positional):
            if required == len(positional):
                takes = str(len(positional) + 1)
            else:
                takes = "from " + str(required + 1) + " to " + str(len(positional) + 1)
            raise TypeError(
                name + "() takes " + takes + " positional arguments but "
                + str(len(args) + 1) + " were given"
            )
        values = {}
        for f, value in zip(positional, args):
            values[f.name] = value
        for key, value in kwargs.items():
            if not any(f.name == key for f in init_fields):
                raise TypeError(
                    name + "() got an unexpected keyword argument '" + key + "'"
                )
            if key in values:
                raise TypeError(name + "() got multiple values for argument '" + key + "'")
            values[key] = value
        missing = []
        for f in init_fields:
            if f.name not in values:
                if f.default is not MISSING:
                    values[f.name] = f.default
                elif f.default_factory is not MISSING:
                    values[f.name] = f.default_factory()
                else:
                    missing.append(f.name)
        if missing:
            quoted = ["'" + m + "'" for m in missing]
            if len(quoted) == 1:
                listed = quoted[0]
            else:
                listed = ", ".join(quoted[:-1]) + " and " + quoted[-1]
            raise TypeError(
                name + "() missing " + str(len(missing)) + " required positional argument"
                + ("s" if len(missing) > 1 else "") + ": " + listed
            )
        initvars = []
        for f in all_fields:
            if f._initvar:
                initvars.append(values.get(f.name))
                continue
            if f.name in values:
                value = values[f.name]
            elif f.default_factory is not MISSING:
                value = f.default_factory()
            elif f.default is not MISSING:
                value = f.default
            else:
                continue
            object.__setattr__(self, f.name, value)
        post_init = getattr(self, "__post_init__", None)
        if post_init is not None:
            post_init(*initvars)

    return __init__


def _field_values(obj, only_compared=False):
    return tuple(
        getattr(obj, f.name)
        for f in obj.__dataclass_fields__.values()
        if not f._initvar and (f.compare or not only_compared)
    )


def _process_class(cls, init, repr_, eq, order, unsafe_hash, frozen, kw_only):
    all_fields = _collect_fields(cls, kw_only)
    cls.__dataclass_fields__ = {f.name: f for f in all_fields}
    cls.__dataclass_params__ = _DataclassParams(init, repr_, eq, order, unsafe_hash, frozen)
    own = cls.__dict__
    if init and "__init__" not in own:
        cls.__init__ = _make_init(cls, all_fields, frozen)
    if repr_ and "__repr__" not in own:
        shown = [f for f in all_fields if f.repr and not f._initvar]

        def generated_repr(self):
            parts = ", ".join(f.name + "=" + repr(getattr(self, f.name)) for f in shown)
            return type(self).__qualname__ + "(" + parts + ")"

        # As CPython's: a repr met again inside itself is "...", and the generated
        # function is `__wrapped__` (pprint looks for "__create_fn__" in its name).
        generated_repr.__qualname__ = "__create_fn__.<locals>.__repr__"
        running = set()

        def __repr__(self):
            key = (id(self), _thread.get_ident())
            if key in running:
                return "..."
            running.add(key)
            try:
                return generated_repr(self)
            finally:
                running.discard(key)

        __repr__.__wrapped__ = generated_repr
        __repr__.__qualname__ = cls.__qualname__ + ".__repr__"
        cls.__repr__ = __repr__
    if eq and "__eq__" not in own:

        def __eq__(self, other):
            if other.__class__ is self.__class__:
                return _field_values(self, True) == _field_values(other, True)
            return NotImplemented

        cls.__eq__ = __eq__
    if order:
        for op_name, compare in (
            ("__lt__", lambda a, b: a < b),
            ("__le__", lambda a, b: a <= b),
            ("__gt__", lambda a, b: a > b),
            ("__ge__", lambda a, b: a >= b),
        ):
            if op_name in own:
                raise TypeError(
                    "Cannot overwrite attribute " + op_name + " in class " + cls.__name__
                    + ". Consider using functools.total_ordering"
                )
            setattr(cls, op_name, _comparison(compare))
    if frozen:

        def __setattr__(self, name, value):
            if type(self) is cls or name in cls.__dataclass_fields__:
                raise FrozenInstanceError("cannot assign to field '" + name + "'")
            object.__setattr__(self, name, value)

        def __delattr__(self, name):
            if type(self) is cls or name in cls.__dataclass_fields__:
                raise FrozenInstanceError("cannot delete field '" + name + "'")

        cls.__setattr__ = __setattr__
        cls.__delattr__ = __delattr__
    explicit_hash = "__hash__" in own and own["__hash__"] is not None
    if unsafe_hash or (eq and frozen and not explicit_hash):

        def __hash__(self):
            return hash(_field_values(self, True))

        cls.__hash__ = __hash__
    elif eq and not explicit_hash:
        cls.__hash__ = None
    cls.__match_args__ = tuple(f.name for f in all_fields if f.init and not f.kw_only)
    return cls


def _comparison(compare):
    def method(self, other):
        if other.__class__ is self.__class__:
            return compare(_field_values(self, True), _field_values(other, True))
        return NotImplemented

    return method


def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, kw_only)

    if cls is None:
        return wrap
    return wrap(cls)


def is_dataclass(obj):
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, "__dataclass_fields__")


def fields(class_or_instance):
    if not is_dataclass(class_or_instance):
        raise TypeError("must be called with a dataclass type or instance")
    return tuple(f for f in class_or_instance.__dataclass_fields__.values() if not f._initvar)


def _copy_value(value, factory, as_tuple):
    if is_dataclass(value) and not isinstance(value, type):
        if as_tuple:
            return tuple(_copy_value(getattr(value, f.name), factory, as_tuple) for f in fields(value))
        return factory(
            [(f.name, _copy_value(getattr(value, f.name), factory, as_tuple)) for f in fields(value)]
        )
    if isinstance(value, list):
        return [_copy_value(v, factory, as_tuple) for v in value]
    if isinstance(value, tuple):
        return tuple(_copy_value(v, factory, as_tuple) for v in value)
    if isinstance(value, dict):
        return {
            _copy_value(k, factory, as_tuple): _copy_value(v, factory, as_tuple)
            for k, v in value.items()
        }
    return value


def asdict(obj, *, dict_factory=dict):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("asdict() should be called on dataclass instances")
    return _copy_value(obj, dict_factory, False)


def astuple(obj, *, tuple_factory=tuple):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("astuple() should be called on dataclass instances")
    return tuple_factory(_copy_value(obj, dict, True))


def replace(obj, /, **changes):
    if not is_dataclass(obj) or isinstance(obj, type):
        raise TypeError("replace() should be called on dataclass instances")
    for f in obj.__dataclass_fields__.values():
        if not f.init:
            if f.name in changes:
                raise ValueError(
                    "field " + f.name + " is declared with init=False, it cannot be specified with replace()"
                )
            continue
        if f.name not in changes and not f._initvar:
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)


def make_dataclass(cls_name, fields_spec, *, bases=(), namespace=None, **options):
    annotations = {}
    defaults = {}
    for item in fields_spec:
        if isinstance(item, str):
            annotations[item] = "typing.Any"
        elif len(item) == 2:
            annotations[item[0]] = item[1]
        else:
            annotations[item[0]] = item[1]
            defaults[item[0]] = item[2]

    class Made(*bases):
        pass

    Made.__name__ = cls_name
    Made.__annotations__ = annotations
    for key, value in defaults.items():
        setattr(Made, key, value)
    for key, value in (namespace or {}).items():
        setattr(Made, key, value)
    return dataclass(Made, **options)
