"""`@dataclass`: `__init__`, `__repr__`, `__eq__` (and with `order=True` the comparisons,
with `frozen=True` immutability, with `unsafe_hash` or `eq` and `frozen` a hash, with
`slots=True` a new class with `__slots__`) made from a class's annotated fields, as CPython's
dataclasses module makes them; plus `field`, `fields`, `asdict`, `astuple`, `replace`,
`make_dataclass`, `is_dataclass`, `InitVar`, `KW_ONLY`.

As in CPython `__init__` is compiled from generated source, so it takes its arguments (and
reports bad calls) as a hand-written one would; hotpy names a function in those messages by
its code's qualified name, so the source nests it in classes (and functions) named as the
dataclass's `__qualname__`. The other methods are closures over the fields."""

import sys
import types
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


class FrozenInstanceError(AttributeError):
    pass


class _HAS_DEFAULT_FACTORY_CLASS:
    def __repr__(self):
        return "<factory>"


_HAS_DEFAULT_FACTORY = _HAS_DEFAULT_FACTORY_CLASS()


class _MISSING_TYPE:
    pass


MISSING = _MISSING_TYPE()


class _KW_ONLY_TYPE:
    pass


KW_ONLY = _KW_ONLY_TYPE()

_EMPTY_METADATA = types.MappingProxyType({})


class _FIELD_BASE:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return self.name


_FIELD = _FIELD_BASE("_FIELD")
_FIELD_CLASSVAR = _FIELD_BASE("_FIELD_CLASSVAR")
_FIELD_INITVAR = _FIELD_BASE("_FIELD_INITVAR")

_FIELDS = "__dataclass_fields__"
_PARAMS = "__dataclass_params__"
_POST_INIT_NAME = "__post_init__"

def _is_word_char(c):
    return c.isalnum() or c == "_"


def _module_identifier(text):
    """(module or None, name) of a string annotation "module.name..." or "name...", as
    CPython's regex `^(?:\s*(\w+)\s*\.)?\s*(\w+)` matches it (None if it does not)."""
    n = len(text)

    def skip_space(i):
        while i < n and text[i].isspace():
            i += 1
        return i

    def word(i):
        j = i
        while j < n and _is_word_char(text[j]):
            j += 1
        return j

    i = skip_space(0)
    j = word(i)
    if j == i:
        return None
    first = text[i:j]
    k = skip_space(j)
    if k < n and text[k] == ".":
        m = skip_space(k + 1)
        e = word(m)
        if e > m:
            return first, text[m:e]
    return None, first


class _Slotted:
    __slots__ = ("member",)


_MemberDescriptorType = type(_Slotted.__dict__["member"])
del _Slotted


def _recursive_repr(user_function):
    """A repr that gives "..." for an object met again inside its own repr; the wrapped
    function is `__wrapped__` (pprint looks for "__create_fn__" in its name)."""
    repr_running = set()

    def wrapper(self):
        key = id(self), _thread.get_ident()
        if key in repr_running:
            return "..."
        repr_running.add(key)
        try:
            result = user_function(self)
        finally:
            repr_running.discard(key)
        return result

    for name in ("__module__", "__name__", "__qualname__", "__doc__"):
        try:
            setattr(wrapper, name, getattr(user_function, name))
        except AttributeError:
            pass
    wrapper.__wrapped__ = user_function
    return wrapper


class InitVar:
    __slots__ = ("type",)

    def __init__(self, type):
        self.type = type

    def __repr__(self):
        if isinstance(self.type, type):
            type_name = self.type.__name__
        else:
            # typing objects, e.g. List[int]
            type_name = repr(self.type)
        return "dataclasses.InitVar[" + type_name + "]"

    def __class_getitem__(cls, type):
        return InitVar(type)


class Field:
    """A dataclass field (what field() gives, completed with the name and type)."""

    __slots__ = ("name", "type", "default", "default_factory", "repr", "hash", "init",
                 "compare", "metadata", "kw_only", "_field_type")

    def __init__(self, default, default_factory, init, repr, hash, compare, metadata,
                 kw_only):
        self.name = None
        self.type = None
        self.default = default
        self.default_factory = default_factory
        self.init = init
        self.repr = repr
        self.hash = hash
        self.compare = compare
        self.metadata = (_EMPTY_METADATA if metadata is None
                         else types.MappingProxyType(metadata))
        self.kw_only = kw_only
        self._field_type = None

    @_recursive_repr
    def __repr__(self):
        return ("Field("
                "name=%r,type=%r,default=%r,default_factory=%r,init=%r,repr=%r,hash=%r,"
                "compare=%r,metadata=%r,kw_only=%r,_field_type=%s)"
                % (self.name, self.type, self.default, self.default_factory, self.init,
                   self.repr, self.hash, self.compare, self.metadata, self.kw_only,
                   self._field_type))

    def __set_name__(self, owner, name):
        # A descriptor given as a field's default gets its __set_name__ call.
        func = getattr(type(self.default), "__set_name__", None)
        if func:
            func(self.default, owner, name)

    __class_getitem__ = classmethod(types.GenericAlias)


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
    """An object to identify a dataclass field: its default (or default_factory, called
    for each instance), whether it is an __init__ parameter (keyword-only with kw_only),
    shown in the repr, hashed and compared, and metadata (a read-only mapping)."""
    if default is not MISSING and default_factory is not MISSING:
        raise ValueError("cannot specify both default and default_factory")
    return Field(default, default_factory, init, repr, hash, compare, metadata, kw_only)


def _fields_in_init_order(fields):
    return (tuple(f for f in fields if f.init and not f.kw_only),
            tuple(f for f in fields if f.init and f.kw_only))


def _eq(a, b):
    return a == b


def _lt(a, b):
    return a < b


def _le(a, b):
    return a <= b


def _gt(a, b):
    return a > b


def _ge(a, b):
    return a >= b


# -- making methods from source ------------------------------------------------------------

# Names the generated bodies use besides their parameters and `locals`.
_BODY_NAMES = frozenset({"cls", "type", "super", "hash", "object", "NotImplemented",
                         "FrozenInstanceError", "MISSING", "_HAS_DEFAULT_FACTORY",
                         "_return_type", "__dataclass_builtins_object__", "__builtins__"})


def _nestable(qualname, names, namespace):
    """Whether a function of class `qualname` with parameters `names` can be made in
    source nesting classes (and functions) named as the class."""
    parts = qualname.split(".")
    if parts[0] == "<locals>" or parts[-1] == "<locals>":
        return False
    import keyword
    for i, part in enumerate(parts):
        if part == "<locals>":
            if parts[i - 1] == "<locals>":
                return False
            continue
        if not part.isidentifier() or keyword.iskeyword(part):
            return False
        # A name local to a function must not hide a name the body uses (the outermost
        # name is put back after the source has run).
        if i > 0 and parts[i - 1] == "<locals>" and (
                part in namespace or part in _BODY_NAMES
                or part.startswith(("_dflt_", "_type_"))):
            return False
    # A name the class body would mangle.
    return not any(n.startswith("__") and not n.endswith("__") for n in names)


_NOT_SET = object()


def _create_fn(name, args, body, *, locals=None, return_type=MISSING, qualname=None):
    """The function `name(args)` with `body` (lines), its free names taken from `locals`.
    With `qualname` (the class's), the source nests it in classes and functions of those
    names so that its code is named `qualname.name` (hotpy's messages for bad calls use
    it); otherwise it is made inside `__create_fn__`, as CPython makes it."""
    if locals is None:
        locals = {}
    return_annotation = ""
    if return_type is not MISSING:
        locals["_return_type"] = return_type
        return_annotation = "->_return_type"
    args = ",".join(args)
    namespace = dict(locals)
    namespace["__builtins__"] = __builtins__
    names = [a.split(":")[0].split("=")[0].lstrip("*") for a in args.split(",")]
    if qualname is not None and _nestable(qualname, names, namespace):
        parts = qualname.split(".")
        lines = []
        indent = ""
        returns = []
        i = 0
        while i < len(parts):
            part = parts[i]
            if i + 1 < len(parts) and parts[i + 1] == "<locals>":
                lines.append(indent + "def " + part + "():")
                indent += " "
                returns.append((indent, parts[i + 2]))
                i += 2
            else:
                lines.append(indent + "class " + part + ":")
                indent += " "
                i += 1
        lines.append(indent + "def " + name + "(" + args + ")" + return_annotation + ":")
        lines.extend(indent + " " + b for b in body)
        for ret_indent, ret_name in reversed(returns):
            lines.append(ret_indent + "return " + ret_name)
        saved = namespace.get(parts[0], _NOT_SET)
        exec("\n".join(lines) + "\n", namespace)
        obj = namespace[parts[0]]
        i = 0
        while i < len(parts) - 1:
            if parts[i + 1] == "<locals>":
                obj = obj()
                i += 2
            else:
                obj = obj.__dict__[parts[i + 1]]
                i += 1
        fn = obj.__dict__[name]
        # The outermost name the source bound is the body's again (through the function's
        # globals: hotpy's exec gives functions a namespace of their own, not the dict).
        for globals_ in (namespace, getattr(fn, "__globals__", namespace)):
            if saved is _NOT_SET:
                try:
                    del globals_[parts[0]]
                except KeyError:
                    pass
            else:
                globals_[parts[0]] = saved
        return fn
    text = ("def __create_fn__():\n def " + name + "(" + args + ")" + return_annotation
            + ":\n" + "\n".join("  " + b for b in body) + "\n return " + name + "\n")
    exec(text, namespace)
    return namespace["__create_fn__"]()


def _field_assign(frozen, name, value, self_name):
    if frozen:
        return "__dataclass_builtins_object__.__setattr__(%s,%r,%s)" % (self_name, name, value)
    return self_name + "." + name + "=" + value


def _field_init(f, frozen, globals, self_name, slots):
    """The line of __init__ that sets field `f` (None if it needs none)."""
    default_name = "_dflt_" + f.name
    if f.default_factory is not MISSING:
        if f.init:
            globals[default_name] = f.default_factory
            value = (default_name + "() if " + f.name + " is _HAS_DEFAULT_FACTORY else "
                     + f.name)
        else:
            globals[default_name] = f.default_factory
            value = default_name + "()"
    else:
        if f.init:
            if f.default is not MISSING:
                globals[default_name] = f.default
            value = f.name
        else:
            if slots and f.default is not MISSING:
                globals[default_name] = f.default
                value = default_name
            else:
                # The class attribute holding the default is read instead.
                return None
    if f._field_type is _FIELD_INITVAR:
        return None
    return _field_assign(frozen, f.name, value, self_name)


def _init_param(f):
    if f.default is MISSING and f.default_factory is MISSING:
        default = ""
    elif f.default is not MISSING:
        default = "=_dflt_" + f.name
    else:
        default = "=_HAS_DEFAULT_FACTORY"
    return f.name + ":_type_" + f.name + default


def _init_fn(fields, std_fields, kw_only_fields, frozen, has_post_init, self_name, slots,
             qualname):
    seen_default = False
    for f in std_fields:
        if f.init:
            if not (f.default is MISSING and f.default_factory is MISSING):
                seen_default = True
            elif seen_default:
                raise TypeError("non-default argument %r follows default argument" % f.name)

    locals = {"_type_" + f.name: f.type for f in fields}
    locals.update({
        "MISSING": MISSING,
        "_HAS_DEFAULT_FACTORY": _HAS_DEFAULT_FACTORY,
        "__dataclass_builtins_object__": object,
    })
    body_lines = []
    for f in fields:
        line = _field_init(f, frozen, locals, self_name, slots)
        if line:
            body_lines.append(line)
    if has_post_init:
        params_str = ",".join(f.name for f in fields if f._field_type is _FIELD_INITVAR)
        body_lines.append(self_name + "." + _POST_INIT_NAME + "(" + params_str + ")")
    if not body_lines:
        body_lines = ["pass"]
    init_params = [_init_param(f) for f in std_fields]
    if kw_only_fields:
        init_params += ["*"]
        init_params += [_init_param(f) for f in kw_only_fields]
    return _create_fn("__init__", [self_name] + init_params, body_lines, locals=locals,
                      return_type=None, qualname=qualname)


def _values_getter(names):
    """A function giving the tuple of an object's attributes `names` (what CPython's
    generated `(self.a,self.b,)` gives)."""
    if not names:
        return lambda obj: ()
    if len(names) == 1:
        name = names[0]
        return lambda obj: (getattr(obj, name),)
    return lambda obj: tuple([getattr(obj, name) for name in names])


def _repr_fn(fields):
    names = [f.name for f in fields]

    def __repr__(self):
        return (self.__class__.__qualname__ + "("
                + ", ".join([name + "=" + repr(getattr(self, name)) for name in names]) + ")")

    # As CPython's: pprint looks for "__create_fn__" in the generated function's name.
    __repr__.__qualname__ = "__create_fn__.<locals>.__repr__"
    return _recursive_repr(__repr__)


def _frozen_get_del_attr(cls, fields):
    names = tuple(f.name for f in fields)

    def __setattr__(self, name, value):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot assign to field {name!r}")
        super(cls, self).__setattr__(name, value)

    def __delattr__(self, name):
        if type(self) is cls or name in names:
            raise FrozenInstanceError(f"cannot delete field {name!r}")
        super(cls, self).__delattr__(name)

    return __setattr__, __delattr__


def _cmp_fn(name, compare, fields):
    values = _values_getter([f.name for f in fields])

    def method(self, other):
        if other.__class__ is self.__class__:
            return compare(values(self), values(other))
        return NotImplemented

    method.__name__ = name
    return method


def _hash_fn(fields):
    values = _values_getter([f.name for f in fields])

    def __hash__(self):
        return hash(values(self))

    return __hash__


# -- fields ----------------------------------------------------------------------------------

def _is_classvar(a_type, typing):
    return (a_type is typing.ClassVar
            or (type(a_type) is getattr(typing, "_GenericAlias", None)
                and a_type.__origin__ is typing.ClassVar))


def _is_initvar(a_type, dataclasses):
    return a_type is dataclasses.InitVar or type(a_type) is dataclasses.InitVar


def _is_kw_only(a_type, dataclasses):
    return a_type is dataclasses.KW_ONLY


def _is_type(annotation, cls, a_module, a_type, is_type_predicate):
    """Whether string annotation `annotation` (in `cls`) names `a_type` of `a_module`."""
    match = _module_identifier(annotation)
    if match:
        ns = None
        module_name, name = match
        if not module_name:
            # No module name: assume the class's module did "from dataclasses import
            # InitVar".
            module = sys.modules.get(cls.__module__)
            ns = module.__dict__ if module is not None else None
        else:
            module = sys.modules.get(cls.__module__)
            if module and module.__dict__.get(module_name) is a_module:
                ns = sys.modules.get(a_type.__module__).__dict__
        if ns and is_type_predicate(ns.get(name), a_module):
            return True
    return False


def _get_field(cls, a_name, a_type, default_kw_only):
    default = getattr(cls, a_name, MISSING)
    if isinstance(default, Field):
        f = default
    else:
        if isinstance(default, _MemberDescriptorType):
            # A field in __slots__: it has no default value.
            default = MISSING
        f = field(default=default)

    f.name = a_name
    f.type = a_type
    f._field_type = _FIELD

    typing = sys.modules.get("typing")
    if typing:
        if (_is_classvar(a_type, typing)
                or (isinstance(f.type, str)
                    and _is_type(f.type, cls, typing, typing.ClassVar, _is_classvar))):
            f._field_type = _FIELD_CLASSVAR

    if f._field_type is _FIELD:
        dataclasses = sys.modules[__name__]
        if (_is_initvar(a_type, dataclasses)
                or (isinstance(f.type, str)
                    and _is_type(f.type, cls, dataclasses, dataclasses.InitVar,
                                 _is_initvar))):
            f._field_type = _FIELD_INITVAR

    if f._field_type in (_FIELD_CLASSVAR, _FIELD_INITVAR):
        if f.default_factory is not MISSING:
            raise TypeError("field " + f.name + " cannot have a default factory")

    if f._field_type in (_FIELD, _FIELD_INITVAR):
        if f.kw_only is MISSING:
            f.kw_only = default_kw_only
    else:
        if f.kw_only is not MISSING:
            raise TypeError("field " + f.name + " is a ClassVar but specifies kw_only")

    # Mutable defaults (unhashable ones) are refused.
    if f._field_type is _FIELD and f.default.__class__.__hash__ is None:
        raise ValueError("mutable default " + str(type(f.default)) + " for field "
                         + f.name + " is not allowed: use default_factory")
    return f


def _set_qualname(cls, value):
    if isinstance(value, types.FunctionType):
        value.__qualname__ = cls.__qualname__ + "." + value.__name__
    return value


def _set_new_attribute(cls, name, value):
    # Never overwrites an existing attribute: True if there is one.
    if name in cls.__dict__:
        return True
    _set_qualname(cls, value)
    setattr(cls, name, value)
    return False


def _hash_set_none(cls, fields):
    return None


def _hash_add(cls, fields):
    flds = [f for f in fields if (f.compare if f.hash is None else f.hash)]
    return _set_qualname(cls, _hash_fn(flds))


def _hash_exception(cls, fields):
    raise TypeError("Cannot overwrite attribute __hash__ in class " + cls.__name__)


# (unsafe_hash, eq, frozen, has-explicit-hash) -> action
_hash_action = {(False, False, False, False): None,
                (False, False, False, True): None,
                (False, False, True, False): None,
                (False, False, True, True): None,
                (False, True, False, False): _hash_set_none,
                (False, True, False, True): None,
                (False, True, True, False): _hash_add,
                (False, True, True, True): None,
                (True, False, False, False): _hash_add,
                (True, False, False, True): _hash_exception,
                (True, False, True, False): _hash_add,
                (True, False, True, True): _hash_exception,
                (True, True, False, False): _hash_add,
                (True, True, False, True): _hash_exception,
                (True, True, True, False): _hash_add,
                (True, True, True, True): _hash_exception,
                }


def _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args, kw_only,
                   slots, weakref_slot):
    fields = {}
    setattr(cls, _PARAMS, _DataclassParams(init, repr, eq, order, unsafe_hash, frozen))

    # Fields of the dataclass bases, most basic first (derived classes override them).
    any_frozen_base = False
    has_dataclass_bases = False
    for b in cls.__mro__[-1:0:-1]:
        base_fields = getattr(b, _FIELDS, None)
        if base_fields is not None:
            has_dataclass_bases = True
            for f in base_fields.values():
                fields[f.name] = f
            if getattr(b, _PARAMS).frozen:
                any_frozen_base = True

    cls_annotations = cls.__dict__.get("__annotations__", {})

    cls_fields = []
    KW_ONLY_seen = False
    dataclasses = sys.modules[__name__]
    for name, type in cls_annotations.items():
        if (_is_kw_only(type, dataclasses)
                or (isinstance(type, str)
                    and _is_type(type, cls, dataclasses, dataclasses.KW_ONLY, _is_kw_only))):
            if KW_ONLY_seen:
                raise TypeError("%r is KW_ONLY, but KW_ONLY has already been specified"
                                % name)
            KW_ONLY_seen = True
            kw_only = True
        else:
            cls_fields.append(_get_field(cls, name, type, kw_only))

    for f in cls_fields:
        fields[f.name] = f
        # The class attribute is the default itself, not the Field (none without one).
        if isinstance(getattr(cls, f.name, None), Field):
            if f.default is MISSING:
                delattr(cls, f.name)
            else:
                setattr(cls, f.name, f.default)

    for name, value in cls.__dict__.items():
        if isinstance(value, Field) and name not in cls_annotations:
            raise TypeError("%r is a field but has no type annotation" % name)

    if has_dataclass_bases:
        if any_frozen_base and not frozen:
            raise TypeError("cannot inherit non-frozen dataclass from a frozen one")
        if not any_frozen_base and frozen:
            raise TypeError("cannot inherit frozen dataclass from a non-frozen one")

    setattr(cls, _FIELDS, fields)

    # An explicit __hash__ (a __hash__ of None beside an __eq__ is Python's own).
    class_hash = cls.__dict__.get("__hash__", MISSING)
    has_explicit_hash = not (class_hash is MISSING
                             or (class_hash is None and "__eq__" in cls.__dict__))

    if order and not eq:
        raise ValueError("eq must be true if order is true")

    all_init_fields = [f for f in fields.values() if f._field_type in (_FIELD, _FIELD_INITVAR)]
    std_init_fields, kw_only_init_fields = _fields_in_init_order(all_init_fields)

    qualname = cls.__qualname__
    if init:
        has_post_init = hasattr(cls, _POST_INIT_NAME)
        _set_new_attribute(cls, "__init__",
                           _init_fn(all_init_fields, std_init_fields, kw_only_init_fields,
                                    frozen, has_post_init,
                                    "__dataclass_self__" if "self" in fields else "self",
                                    slots, qualname))

    field_list = [f for f in fields.values() if f._field_type is _FIELD]

    if repr:
        flds = [f for f in field_list if f.repr]
        _set_new_attribute(cls, "__repr__", _repr_fn(flds))

    # The other methods are closures over the fields (only __init__ takes arguments that
    # may be wrong, so only it is compiled).
    if eq:
        flds = [f for f in field_list if f.compare]
        _set_new_attribute(cls, "__eq__", _cmp_fn("__eq__", _eq, flds))

    if order:
        flds = [f for f in field_list if f.compare]
        for name, op in [("__lt__", _lt), ("__le__", _le), ("__gt__", _gt), ("__ge__", _ge)]:
            if _set_new_attribute(cls, name, _cmp_fn(name, op, flds)):
                raise TypeError("Cannot overwrite attribute " + name + " in class "
                                + cls.__name__ + ". Consider using functools.total_ordering")

    if frozen:
        for fn in _frozen_get_del_attr(cls, field_list):
            if _set_new_attribute(cls, fn.__name__, fn):
                raise TypeError("Cannot overwrite attribute " + fn.__name__ + " in class "
                                + cls.__name__)

    hash_action = _hash_action[bool(unsafe_hash), bool(eq), bool(frozen), has_explicit_hash]
    if hash_action:
        cls.__hash__ = hash_action(cls, field_list)

    if not getattr(cls, "__doc__"):
        # A docstring from the signature, as CPython's from inspect.signature(cls).
        try:
            text_sig = _class_signature(cls).replace(" -> None", "")
        except (TypeError, ValueError):
            text_sig = ""
        cls.__doc__ = cls.__name__ + text_sig

    if match_args:
        _set_new_attribute(cls, "__match_args__", tuple(f.name for f in std_init_fields))

    if weakref_slot and not slots:
        raise TypeError("weakref_slot is True but slots is False")
    if slots:
        cls = _add_slots(cls, frozen, weakref_slot)

    import abc
    abc.update_abstractmethods(cls)
    return cls


# -- the signature text of a class (for its docstring) -----------------------------------

def _format_annotation(annotation):
    # As inspect.formatannotation.
    if getattr(annotation, "__module__", None) == "typing":
        # Each run of word characters and dots without a leading "typing.".
        text = repr(annotation)
        out = []
        i, n = 0, len(text)
        while i < n:
            if _is_word_char(text[i]) or text[i] == ".":
                j = i
                while j < n and (_is_word_char(text[j]) or text[j] == "."):
                    j += 1
                token = text[i:j]
                out.append(token[7:] if token.startswith("typing.") else token)
                i = j
            else:
                out.append(text[i])
                i += 1
        return "".join(out)
    if isinstance(annotation, types.GenericAlias):
        return str(annotation)
    if isinstance(annotation, type):
        if annotation.__module__ == "builtins":
            return annotation.__qualname__
        return annotation.__module__ + "." + annotation.__qualname__
    return repr(annotation)


_EMPTY = object()


def _format_parameter(name, annotation, default, prefix=""):
    text = name
    if annotation is not _EMPTY:
        text = text + ": " + _format_annotation(annotation)
    if default is not _EMPTY:
        if annotation is not _EMPTY:
            text = text + " = " + repr(default)
        else:
            text = text + "=" + repr(default)
    return prefix + text


def _function_signature(function, skip_first):
    """The text of a Python function's signature, as str(inspect.signature(function))."""
    code = function.__code__
    names = code.co_varnames
    npos = code.co_argcount
    nposonly = getattr(code, "co_posonlyargcount", 0)
    nkwonly = code.co_kwonlyargcount
    annotations = getattr(function, "__annotations__", None) or {}
    defaults = function.__defaults__ or ()
    kwdefaults = function.__kwdefaults__ or {}
    parts = []
    first_default = npos - len(defaults)
    for i in range(npos):
        if skip_first and i == 0:
            continue
        name = names[i]
        default = defaults[i - first_default] if i >= first_default else _EMPTY
        parts.append(_format_parameter(name, annotations.get(name, _EMPTY), default))
        if i == nposonly - 1 and parts:
            parts.append("/")
    index = npos + nkwonly
    if code.co_flags & 0x04:
        name = names[index]
        parts.append(_format_parameter(name, annotations.get(name, _EMPTY), _EMPTY, "*"))
        index += 1
    elif nkwonly:
        parts.append("*")
    for i in range(npos, npos + nkwonly):
        name = names[i]
        parts.append(_format_parameter(name, annotations.get(name, _EMPTY),
                                       kwdefaults.get(name, _EMPTY)))
    if code.co_flags & 0x08:
        name = names[index]
        parts.append(_format_parameter(name, annotations.get(name, _EMPTY), _EMPTY, "**"))
    text = "(" + ", ".join(parts) + ")"
    if "return" in annotations:
        text += " -> " + _format_annotation(annotations["return"])
    return text


def _class_signature(cls):
    for base in cls.__mro__:
        if base is object:
            break
        for name in ("__new__", "__init__"):
            method = base.__dict__.get(name)
            if isinstance(method, staticmethod):
                method = method.__func__
            if isinstance(method, types.FunctionType):
                return _function_signature(method, True)
    return "()"


# -- slots -----------------------------------------------------------------------------------

def _dataclass_getstate(self):
    return [getattr(self, f.name) for f in fields(self)]


def _dataclass_setstate(self, state):
    for field, value in zip(fields(self), state):
        # setattr through object: the dataclass may be frozen.
        object.__setattr__(self, field.name, value)


def _get_slots(cls):
    slots = cls.__dict__.get("__slots__")
    if slots is None:
        return []
    if isinstance(slots, str):
        return [slots]
    if not hasattr(slots, "__next__"):
        return list(slots)
    raise TypeError("Slots of '" + cls.__name__ + "' cannot be determined")


def _add_slots(cls, is_frozen, weakref_slot):
    """A new class like `cls` with its fields as `__slots__` (instances have no
    __dict__)."""
    if "__slots__" in cls.__dict__:
        raise TypeError(cls.__name__ + " already specifies __slots__")

    cls_dict = dict(cls.__dict__)
    field_names = tuple(f.name for f in fields(cls))
    inherited_slots = set()
    for base in cls.__mro__[1:-1]:
        inherited_slots.update(_get_slots(base))
    extra = ("__weakref__",) if weakref_slot else ()
    cls_dict["__slots__"] = tuple(name for name in field_names + extra
                                  if name not in inherited_slots)
    for field_name in field_names:
        # The defaults stay in the fields.
        cls_dict.pop(field_name, None)
    cls_dict.pop("__dict__", None)
    cls_dict.pop("__weakref__", None)

    qualname = getattr(cls, "__qualname__", None)
    cls = type(cls)(cls.__name__, cls.__bases__, cls_dict)
    if qualname is not None:
        cls.__qualname__ = qualname

    if is_frozen:
        # For pickling frozen classes with slots.
        if "__getstate__" not in cls_dict:
            cls.__getstate__ = _dataclass_getstate
        if "__setstate__" not in cls_dict:
            cls.__setstate__ = _dataclass_setstate
    return cls


# -- the public functions --------------------------------------------------------------------

def dataclass(cls=None, /, *, init=True, repr=True, eq=True, order=False, unsafe_hash=False,
              frozen=False, match_args=True, kw_only=False, slots=False, weakref_slot=False):
    """Add dunder methods based on the fields defined in the class (its annotations)."""
    def wrap(cls):
        return _process_class(cls, init, repr, eq, order, unsafe_hash, frozen, match_args,
                              kw_only, slots, weakref_slot)

    if cls is None:
        return wrap
    return wrap(cls)


def fields(class_or_instance):
    """The fields (Field objects) of a dataclass or of an instance of one."""
    try:
        fields = getattr(class_or_instance, _FIELDS)
    except AttributeError:
        raise TypeError("must be called with a dataclass type or instance") from None
    return tuple(f for f in fields.values() if f._field_type is _FIELD)


def _is_dataclass_instance(obj):
    return hasattr(type(obj), _FIELDS)


def is_dataclass(obj):
    """True for a dataclass or an instance of one."""
    cls = obj if isinstance(obj, type) else type(obj)
    return hasattr(cls, _FIELDS)


def asdict(obj, *, dict_factory=dict):
    """The fields of a dataclass instance as a new dict (dataclasses, lists, tuples and
    dicts in it converted too, other values deep-copied)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("asdict() should be called on dataclass instances")
    return _asdict_inner(obj, dict_factory)


def _asdict_inner(obj, dict_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _asdict_inner(getattr(obj, f.name), dict_factory)
            result.append((f.name, value))
        return dict_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, "_fields"):
        # A namedtuple: another of the same type.
        return type(obj)(*[_asdict_inner(v, dict_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_asdict_inner(v, dict_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_asdict_inner(k, dict_factory), _asdict_inner(v, dict_factory))
                         for k, v in obj.items())
    else:
        import copy
        return copy.deepcopy(obj)


def astuple(obj, *, tuple_factory=tuple):
    """The field values of a dataclass instance as a new tuple (converted as asdict does)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("astuple() should be called on dataclass instances")
    return _astuple_inner(obj, tuple_factory)


def _astuple_inner(obj, tuple_factory):
    if _is_dataclass_instance(obj):
        result = []
        for f in fields(obj):
            value = _astuple_inner(getattr(obj, f.name), tuple_factory)
            result.append(value)
        return tuple_factory(result)
    elif isinstance(obj, tuple) and hasattr(obj, "_fields"):
        return type(obj)(*[_astuple_inner(v, tuple_factory) for v in obj])
    elif isinstance(obj, (list, tuple)):
        return type(obj)(_astuple_inner(v, tuple_factory) for v in obj)
    elif isinstance(obj, dict):
        return type(obj)((_astuple_inner(k, tuple_factory), _astuple_inner(v, tuple_factory))
                         for k, v in obj.items())
    else:
        import copy
        return copy.deepcopy(obj)


def make_dataclass(cls_name, fields, *, bases=(), namespace=None, init=True, repr=True,
                   eq=True, order=False, unsafe_hash=False, frozen=False, match_args=True,
                   kw_only=False, slots=False, weakref_slot=False):
    """A new dataclass named `cls_name` from `fields`: names, (name, type) or
    (name, type, Field) items."""
    import keyword
    if namespace is None:
        namespace = {}

    seen = set()
    annotations = {}
    defaults = {}
    for item in fields:
        if isinstance(item, str):
            name = item
            tp = "typing.Any"
        elif len(item) == 2:
            name, tp, = item
        elif len(item) == 3:
            name, tp, spec = item
            defaults[name] = spec
        else:
            raise TypeError("Invalid field: %r" % (item,))
        if not isinstance(name, str) or not name.isidentifier():
            raise TypeError("Field names must be valid identifiers: %r" % (name,))
        if keyword.iskeyword(name):
            raise TypeError("Field names must not be keywords: %r" % (name,))
        if name in seen:
            raise TypeError("Field name duplicated: %r" % (name,))
        seen.add(name)
        annotations[name] = tp

    def exec_body_callback(ns):
        ns.update(namespace)
        ns.update(defaults)
        ns["__annotations__"] = annotations

    # types.new_class rather than type() so that generic dataclasses can be made.
    cls = types.new_class(cls_name, bases, {}, exec_body_callback)
    return dataclass(cls, init=init, repr=repr, eq=eq, order=order, unsafe_hash=unsafe_hash,
                     frozen=frozen, match_args=match_args, kw_only=kw_only, slots=slots,
                     weakref_slot=weakref_slot)


def replace(obj, /, **changes):
    """A new object like dataclass instance `obj` with the fields in `changes` replaced
    (made through __init__, so __post_init__ runs)."""
    if not _is_dataclass_instance(obj):
        raise TypeError("replace() should be called on dataclass instances")
    for f in getattr(obj, _FIELDS).values():
        if f._field_type is _FIELD_CLASSVAR:
            continue
        if not f.init:
            if f.name in changes:
                raise ValueError("field " + f.name + " is declared with init=False, it "
                                 "cannot be specified with replace()")
            continue
        if f.name not in changes:
            if f._field_type is _FIELD_INITVAR and f.default is MISSING:
                raise ValueError("InitVar %r must be specified with replace()" % f.name)
            changes[f.name] = getattr(obj, f.name)
    return obj.__class__(**changes)
