"""Type hints: the names `typing` gives, subscriptable as in CPython (`List[int]`,
`Optional[str]`, `Callable[[int], str]`), with CPython's reprs, equality, `get_origin` /
`get_args` and error messages. The unsubscripted collection aliases (`List`, `Mapping`...)
work with isinstance() and issubclass(); `Generic`, `Protocol` (with `runtime_checkable`
checks), `NamedTuple` (real tuples) and `TypedDict` (plain dicts) work as base classes;
`get_type_hints` resolves string annotations.

`Generic[...]` and `Protocol[...]` are classes (of metaclass `_ClassAliasMeta`, written
when hotpy's `class` statement did not ask a base for `__mro_entries__`; it now does, for
bases that are not classes): that metaclass makes the class CPython would make from those
bases' `__mro_entries__` (`types._class_statement`)."""

import sys
import types
from abc import ABCMeta, abstractmethod
from types import (GenericAlias, WrapperDescriptorType, MethodWrapperType,
                   MethodDescriptorType)

# `collections`, `collections.abc`, `contextlib` and `re` are imported when an alias of
# theirs is first used, not with typing (importing them would weigh on the start-up of every
# program that imports typing).
_sys = sys
_types = types
_ABCMeta = ABCMeta
_abstractmethod = abstractmethod
_BuiltinAlias = GenericAlias

__all__ = [
    # Super-special typing primitives.
    "Annotated", "Any", "Callable", "ClassVar", "Concatenate", "Final", "ForwardRef",
    "Generic", "Literal", "Optional", "ParamSpec", "Protocol", "Tuple", "Type", "TypeVar",
    "TypeVarTuple", "Union",
    # ABCs (from collections.abc).
    "AbstractSet", "ByteString", "Container", "ContextManager", "Hashable", "ItemsView",
    "Iterable", "Iterator", "KeysView", "Mapping", "MappingView", "MutableMapping",
    "MutableSequence", "MutableSet", "Sequence", "Sized", "ValuesView", "Awaitable",
    "AsyncIterator", "AsyncIterable", "Coroutine", "Collection", "AsyncGenerator",
    "AsyncContextManager",
    # Structural checks, a.k.a. protocols.
    "Reversible", "SupportsAbs", "SupportsBytes", "SupportsComplex", "SupportsFloat",
    "SupportsIndex", "SupportsInt", "SupportsRound",
    # Concrete collection types.
    "ChainMap", "Counter", "Deque", "Dict", "DefaultDict", "List", "OrderedDict", "Set",
    "FrozenSet", "NamedTuple", "TypedDict", "Generator",
    # Other concrete types.
    "BinaryIO", "IO", "Match", "Pattern", "TextIO",
    # One-off things.
    "AnyStr", "assert_type", "assert_never", "cast", "clear_overloads",
    "dataclass_transform", "final", "get_args", "get_origin", "get_overloads",
    "get_type_hints", "is_typeddict", "LiteralString", "Never", "NewType", "no_type_check",
    "no_type_check_decorator", "NoReturn", "NotRequired", "overload", "ParamSpecArgs",
    "ParamSpecKwargs", "Required", "reveal_type", "runtime_checkable", "Self", "Text",
    "TYPE_CHECKING", "TypeAlias", "TypeGuard", "Unpack",
]

TYPE_CHECKING = False

# True while this module runs: its own type variables need not look for their module.
_initialising = True


# -- helpers ---------------------------------------------------------------------------------

def _caller(depth=1, default="__main__"):
    try:
        return _sys._getframe(depth + 1).f_globals.get("__name__", default)
    except (AttributeError, ValueError):
        return None


def _is_dunder(attr):
    return attr.startswith("__") and attr.endswith("__")


def _is_class_alias(obj):
    return type(obj) is _ClassAliasMeta


def _type_repr(obj):
    """How a type shows inside an alias's repr: `int`, `mod.Class`, `...`."""
    if isinstance(obj, _BuiltinAlias) or _is_class_alias(obj):
        return repr(obj)
    if isinstance(obj, type):
        if obj.__module__ == "builtins":
            return obj.__qualname__
        return obj.__module__ + "." + obj.__qualname__
    if obj is ...:
        return "..."
    if isinstance(obj, _types.FunctionType):
        return obj.__name__
    return repr(obj)


def _type_convert(arg, module=None, *, allow_special_forms=False):
    if arg is None:
        return type(None)
    if isinstance(arg, str):
        return ForwardRef(arg, module=module, is_class=allow_special_forms)
    return arg


def _type_check(arg, msg, is_argument=True, module=None, *, allow_special_forms=False):
    """`arg` if it may stand as a type argument (None is NoneType, a str a ForwardRef)."""
    invalid_generic_forms = (Generic, Protocol)
    if not allow_special_forms:
        invalid_generic_forms += (ClassVar,)
        if is_argument:
            invalid_generic_forms += (Final,)
    arg = _type_convert(arg, module=module, allow_special_forms=allow_special_forms)
    if isinstance(arg, _GenericAlias) and arg.__origin__ in invalid_generic_forms:
        raise TypeError(str(arg) + " is not valid as type argument")
    if arg in (Any, LiteralString, NoReturn, Never, Self, TypeAlias):
        return arg
    if allow_special_forms and arg in (ClassVar, Final):
        return arg
    if isinstance(arg, _SpecialForm) or arg in (Generic, Protocol):
        raise TypeError("Plain " + str(arg) + " is not valid as type argument")
    if type(arg) is tuple:
        raise TypeError(msg + " Got " + repr(arg)[:100] + ".")
    return arg


def _is_param_expr(arg):
    return arg is ... or isinstance(arg, (tuple, list, ParamSpec, _ConcatenateGenericAlias))


def _is_abc_callable(obj):
    """obj is collections.abc.Callable (which exists only once collections.abc is imported)."""
    cabc = _sys.modules.get("collections.abc")
    return cabc is not None and obj is cabc.Callable


def _should_unflatten_callable_args(typ, args):
    return _is_abc_callable(typ.__origin__) and not (len(args) == 2 and _is_param_expr(args[0]))


def _collect_parameters(args):
    """The type variables in `args`, in order of first appearance."""
    parameters = []
    for t in args:
        if _is_class_alias(t):
            for x in t.__parameters__:
                if x not in parameters:
                    parameters.append(x)
        elif isinstance(t, type):
            pass
        elif isinstance(t, tuple):
            for x in t:
                for collected in _collect_parameters([x]):
                    if collected not in parameters:
                        parameters.append(collected)
        elif hasattr(t, "__typing_subst__"):
            if t not in parameters:
                parameters.append(t)
        else:
            for x in getattr(t, "__parameters__", ()):
                if x not in parameters:
                    parameters.append(x)
    return tuple(parameters)


def _check_generic(cls, parameters, elen):
    if not elen:
        raise TypeError(str(cls) + " is not a generic class")
    alen = len(parameters)
    if alen != elen:
        raise TypeError("Too " + ("many" if alen > elen else "few") + " arguments for "
                        + str(cls) + "; actual " + str(alen) + ", expected " + str(elen))


def _deduplicate(params):
    all_params = set(params)
    if len(all_params) < len(params):
        new_params = []
        for t in params:
            if t in all_params:
                new_params.append(t)
                all_params.remove(t)
        params = new_params
    return params


def _remove_dups_flatten(parameters):
    params = []
    for p in parameters:
        if isinstance(p, (_UnionGenericAlias, _types.UnionType)):
            params.extend(p.__args__)
        else:
            params.append(p)
    return tuple(_deduplicate(params))


def _flatten_literal_params(parameters):
    params = []
    for p in parameters:
        if isinstance(p, _LiteralGenericAlias):
            params.extend(p.__args__)
        else:
            params.append(p)
    return tuple(params)


_caches = []


def _tp_cache(func):
    """Caches a subscription's result by its (hashable) arguments and their types, as
    CPython's lru_cache does (`List[int] is List[int]`)."""
    cache = {}
    _caches.append(cache)

    def inner(*args):
        try:
            key = (args, tuple(type(a) for a in args[1:]), _arg_types(args[1:]))
            result = cache.get(key, _NOT_FOUND)
        except TypeError:
            return func(*args)
        if result is _NOT_FOUND:
            result = func(*args)
            if len(cache) >= 256:
                cache.clear()
            cache[key] = result
        return result

    inner.__name__ = func.__name__
    inner.__qualname__ = func.__qualname__
    inner.__doc__ = func.__doc__
    return inner


_NOT_FOUND = object()


def _arg_types(args):
    # The types of the members of tuple arguments too (Literal[1] is not Literal[True]).
    out = []
    for a in args:
        if type(a) is tuple:
            out.append(tuple(type(x) for x in a))
    return tuple(out)


def _eval_type(t, globalns, localns, recursive_guard=frozenset()):
    """`t` with its forward references evaluated."""
    if isinstance(t, ForwardRef):
        return t._evaluate(globalns, localns, recursive_guard)
    if isinstance(t, (_GenericAlias, _BuiltinAlias, _types.UnionType)) and not _is_class_alias(t):
        if isinstance(t, _BuiltinAlias):
            args = tuple(ForwardRef(arg) if isinstance(arg, str) else arg for arg in t.__args__)
            if _should_unflatten_callable_args(t, args):
                t = t.__origin__[(args[:-1], args[-1])]
            else:
                t = t.__origin__[args]
        ev_args = tuple(_eval_type(a, globalns, localns, recursive_guard) for a in t.__args__)
        if ev_args == t.__args__:
            return t
        if isinstance(t, _BuiltinAlias):
            return _BuiltinAlias(t.__origin__, ev_args)
        if isinstance(t, _types.UnionType):
            result = ev_args[0]
            for a in ev_args[1:]:
                result = result | a
            return result
        return t.copy_with(ev_args)
    return t


class _Final:
    """Mixin to prohibit subclassing."""

    def __new__(cls, *args, **kwds):
        if len(args) == 3:
            # hotpy's class statement calls the type of a base that is not a class.
            made = _types._class_statement(cls, args, kwds)
            if made is not None:
                return made
        return object.__new__(cls)

    def __init_subclass__(cls, /, *args, **kwds):
        if "_root" not in kwds:
            raise TypeError("Cannot subclass special typing classes")


class _Immutable:
    """Mixin to indicate that object should not be copied."""

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


class _NotIterable:
    __iter__ = None


# -- special forms -----------------------------------------------------------------------------

class _SpecialForm(_Final, _NotIterable, _root=True):
    """A name such as `Union` or `ClassVar`; subscripting it calls the function it wraps."""

    def __init__(self, getitem):
        self._getitem = getitem
        self._name = getitem.__name__
        self.__doc__ = getitem.__doc__

    def __getattr__(self, item):
        if item in ("__name__", "__qualname__"):
            return self._name
        raise AttributeError(item)

    def __mro_entries__(self, bases):
        raise TypeError("Cannot subclass " + repr(self))

    def __repr__(self):
        return "typing." + self._name

    def __reduce__(self):
        return self._name

    def __call__(self, *args, **kwds):
        raise TypeError("Cannot instantiate " + repr(self))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __instancecheck__(self, obj):
        raise TypeError(str(self) + " cannot be used with isinstance()")

    def __subclasscheck__(self, cls):
        raise TypeError(str(self) + " cannot be used with issubclass()")

    def __getitem__(self, parameters):
        return _special_getitem(self, parameters)


@_tp_cache
def _special_getitem(form, parameters):
    return form._getitem(form, parameters)


class _LiteralSpecialForm(_SpecialForm, _root=True):
    def __getitem__(self, parameters):
        if not isinstance(parameters, tuple):
            parameters = (parameters,)
        return _literal_getitem(self, parameters)


@_tp_cache
def _literal_getitem(form, parameters):
    return form._getitem(form, *parameters)


class _AnyMeta(type):
    def __instancecheck__(self, obj):
        if self is Any:
            raise TypeError("typing.Any cannot be used with isinstance()")
        return super().__instancecheck__(obj)

    def __repr__(self):
        if self is Any:
            return "typing.Any"
        return super().__repr__()


class Any(metaclass=_AnyMeta):
    """Special type indicating an unconstrained type."""

    def __new__(cls, *args, **kwargs):
        if cls is Any:
            raise TypeError("Any cannot be instantiated")
        return super().__new__(cls, *args, **kwargs)


@_SpecialForm
def NoReturn(self, parameters):
    """Special type indicating functions that never return."""
    raise TypeError(str(self) + " is not subscriptable")


@_SpecialForm
def Never(self, parameters):
    """The bottom type, a type that has no members."""
    raise TypeError(str(self) + " is not subscriptable")


@_SpecialForm
def Self(self, parameters):
    """Used to spell the type of "self" in classes."""
    raise TypeError(str(self) + " is not subscriptable")


@_SpecialForm
def LiteralString(self, parameters):
    """Represents an arbitrary literal string."""
    raise TypeError(str(self) + " is not subscriptable")


@_SpecialForm
def ClassVar(self, parameters):
    """Special type construct to mark class variables."""
    item = _type_check(parameters, str(self) + " accepts only single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def Final(self, parameters):
    """Special typing construct to indicate final names to type checkers."""
    item = _type_check(parameters, str(self) + " accepts only single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def Union(self, parameters):
    """Union type; Union[X, Y] means either X or Y."""
    if parameters == ():
        raise TypeError("Cannot take a Union of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    msg = "Union[arg, ...]: each arg must be a type."
    parameters = tuple(_type_check(p, msg) for p in parameters)
    parameters = _remove_dups_flatten(parameters)
    if len(parameters) == 1:
        return parameters[0]
    if len(parameters) == 2 and type(None) in parameters:
        return _UnionGenericAlias(self, parameters, name="Optional")
    return _UnionGenericAlias(self, parameters)


@_SpecialForm
def Optional(self, parameters):
    """Optional[X] is equivalent to Union[X, None]."""
    arg = _type_check(parameters, str(self) + " requires a single type.")
    return Union[arg, type(None)]


@_LiteralSpecialForm
def Literal(self, *parameters):
    """Special typing form to define literal types (a.k.a. value types)."""
    parameters = _flatten_literal_params(parameters)
    try:
        parameters = tuple(p for p, _ in _deduplicate(list(_value_and_type_iter(parameters))))
    except TypeError:  # unhashable parameters
        pass
    return _LiteralGenericAlias(self, parameters)


@_SpecialForm
def TypeAlias(self, parameters):
    """Special form for marking type aliases."""
    raise TypeError(str(self) + " is not subscriptable")


@_SpecialForm
def Concatenate(self, parameters):
    """Special form for annotating higher-order functions."""
    if parameters == ():
        raise TypeError("Cannot take a Concatenate of no types.")
    if not isinstance(parameters, tuple):
        parameters = (parameters,)
    if not (parameters[-1] is ... or isinstance(parameters[-1], ParamSpec)):
        raise TypeError("The last parameter to Concatenate should be a "
                        "ParamSpec variable or ellipsis.")
    msg = "Concatenate[arg, ...]: each arg must be a type."
    parameters = tuple(_type_check(p, msg) for p in parameters[:-1]) + (parameters[-1],)
    return _ConcatenateGenericAlias(self, parameters, _paramspec_tvars=True)


@_SpecialForm
def TypeGuard(self, parameters):
    """Special typing construct for marking user-defined type guard functions."""
    item = _type_check(parameters, str(self) + " accepts only single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def Required(self, parameters):
    """Special typing construct to mark a TypedDict key as required."""
    item = _type_check(parameters, self._name + " accepts only a single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def NotRequired(self, parameters):
    """Special typing construct to mark a TypedDict key as potentially missing."""
    item = _type_check(parameters, self._name + " accepts only a single type.")
    return _GenericAlias(self, (item,))


@_SpecialForm
def Unpack(self, parameters):
    """Type unpack operator."""
    item = _type_check(parameters, str(self) + " accepts only single type.")
    return _UnpackGenericAlias(Unpack, (item,))


# -- forward references and type variables ---------------------------------------------------

class ForwardRef(_Final, _root=True):
    """Internal wrapper to hold a forward reference."""

    def __init__(self, arg, is_argument=True, module=None, *, is_class=False):
        if not isinstance(arg, str):
            raise TypeError("Forward reference must be a string -- got " + repr(arg))
        source = "(" + arg + ",)[0]" if arg[:1] == "*" else arg
        try:
            code = compile(source, "<string>", "eval")
        except SyntaxError:
            raise SyntaxError("Forward reference must be an expression -- got " + repr(arg))
        self.__forward_arg__ = arg
        self.__forward_code__ = code
        self.__forward_evaluated__ = False
        self.__forward_value__ = None
        self.__forward_is_argument__ = is_argument
        self.__forward_is_class__ = is_class
        self.__forward_module__ = module

    def _evaluate(self, globalns, localns, recursive_guard):
        if self.__forward_arg__ in recursive_guard:
            return self
        if not self.__forward_evaluated__ or localns is not globalns:
            if globalns is None and localns is None:
                globalns = localns = {}
            elif globalns is None:
                globalns = localns
            elif localns is None:
                localns = globalns
            if self.__forward_module__ is not None:
                globalns = getattr(_sys.modules.get(self.__forward_module__, None), "__dict__",
                                   globalns)
            type_ = _type_check(
                _eval(self.__forward_code__, globalns, localns),
                "Forward references must evaluate to types.",
                is_argument=self.__forward_is_argument__,
                allow_special_forms=self.__forward_is_class__,
            )
            self.__forward_value__ = _eval_type(
                type_, globalns, localns, recursive_guard | {self.__forward_arg__})
            self.__forward_evaluated__ = True
        return self.__forward_value__

    def __eq__(self, other):
        if not isinstance(other, ForwardRef):
            return NotImplemented
        if self.__forward_evaluated__ and other.__forward_evaluated__:
            return (self.__forward_arg__ == other.__forward_arg__
                    and self.__forward_value__ == other.__forward_value__)
        return (self.__forward_arg__ == other.__forward_arg__
                and self.__forward_module__ == other.__forward_module__)

    def __hash__(self):
        return hash((self.__forward_arg__, self.__forward_module__))

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]

    def __repr__(self):
        if self.__forward_module__ is None:
            module_repr = ""
        else:
            module_repr = ", module=" + repr(self.__forward_module__)
        return "ForwardRef(" + repr(self.__forward_arg__) + module_repr + ")"


def _eval_takes_locals():
    try:
        eval("0", {}, {})
    except NotImplementedError:
        return False
    return True


_EVAL_TAKES_LOCALS = _eval_takes_locals()


def _eval(code, globalns, localns):
    """eval(code, globalns, localns); hotpy's eval() takes no separate locals mapping yet, so
    the two are merged (the locals first, as eval looks names up)."""
    if localns is globalns or _EVAL_TAKES_LOCALS:
        return eval(code, globalns, localns)
    namespace = dict(globalns)
    namespace.update(localns)
    return eval(code, namespace)


def _is_unpacked_typevartuple(x):
    return (not isinstance(x, type)) and getattr(x, "__typing_is_unpacked_typevartuple__", False)


def _is_typevar_like(x):
    return isinstance(x, (TypeVar, ParamSpec)) or _is_unpacked_typevartuple(x)


class _PickleUsingNameMixin:
    def __reduce__(self):
        return self.__name__


class _BoundVarianceMixin:
    def __init__(self, bound, covariant, contravariant):
        if covariant and contravariant:
            raise ValueError("Bivariant types are not supported.")
        self.__covariant__ = bool(covariant)
        self.__contravariant__ = bool(contravariant)
        if bound:
            self.__bound__ = _type_check(bound, "Bound must be a type.")
        else:
            self.__bound__ = None

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __repr__(self):
        if self.__covariant__:
            prefix = "+"
        elif self.__contravariant__:
            prefix = "-"
        else:
            prefix = "~"
        return prefix + self.__name__


class TypeVar(_Final, _Immutable, _BoundVarianceMixin, _PickleUsingNameMixin, _root=True):
    """Type variable: `T = TypeVar("T")` shows as `~T`."""

    def __init__(self, name, *constraints, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        super().__init__(bound, covariant, contravariant)
        if constraints and bound is not None:
            raise TypeError("Constraints cannot be combined with bound=...")
        if constraints and len(constraints) == 1:
            raise TypeError("A single constraint is not allowed")
        msg = "TypeVar(name, constraint, ...): constraints must be types."
        self.__constraints__ = tuple(_type_check(t, msg) for t in constraints)
        if not _initialising:
            def_mod = _caller()
            if def_mod != "typing":
                self.__module__ = def_mod

    def __typing_subst__(self, arg):
        msg = "Parameters to generic types must be types."
        arg = _type_check(arg, msg, is_argument=True)
        if isinstance(arg, _GenericAlias) and arg.__origin__ is Unpack:
            raise TypeError(str(arg) + " is not valid as type argument")
        return arg


class TypeVarTuple(_Final, _Immutable, _PickleUsingNameMixin, _root=True):
    """Type variable tuple."""

    def __init__(self, name):
        self.__name__ = name
        if not _initialising:
            def_mod = _caller()
            if def_mod != "typing":
                self.__module__ = def_mod

    def __iter__(self):
        yield Unpack[self]

    def __repr__(self):
        return self.__name__

    def __typing_subst__(self, arg):
        raise TypeError("Substitution of bare TypeVarTuple is not supported")


class ParamSpecArgs(_Final, _Immutable, _root=True):
    """The args for a ParamSpec object."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return self.__origin__.__name__ + ".args"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecArgs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    __hash__ = object.__hash__


class ParamSpecKwargs(_Final, _Immutable, _root=True):
    """The kwargs for a ParamSpec object."""

    def __init__(self, origin):
        self.__origin__ = origin

    def __repr__(self):
        return self.__origin__.__name__ + ".kwargs"

    def __eq__(self, other):
        if not isinstance(other, ParamSpecKwargs):
            return NotImplemented
        return self.__origin__ == other.__origin__

    __hash__ = object.__hash__


class ParamSpec(_Final, _Immutable, _BoundVarianceMixin, _PickleUsingNameMixin, _root=True):
    """Parameter specification variable: `P = ParamSpec("P")`."""

    @property
    def args(self):
        return ParamSpecArgs(self)

    @property
    def kwargs(self):
        return ParamSpecKwargs(self)

    def __init__(self, name, *, bound=None, covariant=False, contravariant=False):
        self.__name__ = name
        super().__init__(bound, covariant, contravariant)
        if not _initialising:
            def_mod = _caller()
            if def_mod != "typing":
                self.__module__ = def_mod

    def __typing_subst__(self, arg):
        if isinstance(arg, (list, tuple)):
            arg = tuple(_type_check(a, "Expected a type.") for a in arg)
        elif not _is_param_expr(arg):
            raise TypeError("Expected a list of types, an ellipsis, "
                            "ParamSpec, or Concatenate. Got " + str(arg))
        return arg

    def __typing_prepare_subst__(self, alias, args):
        params = alias.__parameters__
        i = params.index(self)
        if i >= len(args):
            raise TypeError("Too few arguments for " + str(alias))
        if len(params) == 1 and not _is_param_expr(args[0]):
            args = (args,)
        elif isinstance(args[i], list):
            args = args[:i] + (tuple(args[i]),) + args[i + 1:]
        return args


# -- aliases -------------------------------------------------------------------------------------

class _BaseGenericAlias(_Final, _root=True):
    """A generic version of `origin`: the unsubscripted `List` and the subscripted
    `List[int]`; `inst=False` ones cannot be called."""

    def __init__(self, origin, *, inst=True, name=None):
        setattr_ = object.__setattr__ if type(self) is not _ClassAliasMeta else type.__setattr__
        setattr_(self, "_inst", inst)
        setattr_(self, "_name", name)
        setattr_(self, "__origin__", origin)
        setattr_(self, "__slots__", None)

    def __call__(self, *args, **kwargs):
        if not self._inst:
            raise TypeError("Type " + self._name + " cannot be instantiated; use "
                            + self.__origin__.__name__ + "() instead")
        result = self.__origin__(*args, **kwargs)
        try:
            result.__orig_class__ = self
        except (AttributeError, TypeError):
            pass
        return result

    def __mro_entries__(self, bases):
        res = []
        if self.__origin__ not in bases:
            res.append(self.__origin__)
        i = bases.index(self)
        for b in bases[i + 1:]:
            if isinstance(b, _BaseGenericAlias) or issubclass(b, Generic):
                break
        else:
            res.append(Generic)
        return tuple(res)

    def __getattr__(self, attr):
        if attr in ("__name__", "__qualname__"):
            return self._name or self.__origin__.__name__
        if "__origin__" in self.__dict__ and not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __setattr__(self, attr, val):
        if _is_dunder(attr) or attr in ("_name", "_inst", "_nparams", "_paramspec_tvars"):
            object.__setattr__(self, attr, val)
        else:
            setattr(self.__origin__, attr, val)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        raise TypeError("Subscripted generics cannot be used with class and instance checks")

    def __dir__(self):
        return sorted(set(object.__dir__(self)
                          + [attr for attr in dir(self.__origin__) if not _is_dunder(attr)]))


class _GenericAlias(_BaseGenericAlias, _root=True):
    """A subscripted generic: `List[int]`, `Stack[T]`, `ClassVar[int]`."""

    def __init__(self, origin, args, *, inst=True, name=None, _paramspec_tvars=False):
        _BaseGenericAlias.__init__(self, origin, inst=inst, name=name)
        if not isinstance(args, tuple):
            args = (args,)
        setattr_ = object.__setattr__ if type(self) is not _ClassAliasMeta else type.__setattr__
        if _TypingEllipsis in args:
            args = tuple(... if a is _TypingEllipsis else a for a in args)
        setattr_(self, "__args__", args)
        setattr_(self, "__parameters__", _collect_parameters(args))
        setattr_(self, "_paramspec_tvars", _paramspec_tvars)
        if not name:
            setattr_(self, "__module__", origin.__module__)

    def __eq__(self, other):
        if not isinstance(other, _GenericAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__args__ == other.__args__

    def __hash__(self):
        return hash((self.__origin__, self.__args__))

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]

    def __getitem__(self, args):
        return _alias_getitem(self, args)

    def _subscript(self, args):
        if self.__origin__ in (Generic, Protocol):
            raise TypeError("Cannot subscript already-subscripted " + str(self))
        if not self.__parameters__:
            raise TypeError(str(self) + " is not a generic class")
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(p) for p in args)
        new_args = self._determine_new_args(args)
        return self.copy_with(new_args)

    def _determine_new_args(self, args):
        params = self.__parameters__
        for param in params:
            prepare = getattr(param, "__typing_prepare_subst__", None)
            if prepare is not None:
                args = prepare(self, args)
        alen = len(args)
        plen = len(params)
        if alen != plen:
            raise TypeError("Too " + ("many" if alen > plen else "few") + " arguments for "
                            + str(self) + "; actual " + str(alen) + ", expected " + str(plen))
        new_arg_by_param = dict(zip(params, args))
        return tuple(self._make_substitution(self.__args__, new_arg_by_param))

    def _make_substitution(self, args, new_arg_by_param):
        new_args = []
        for old_arg in args:
            if isinstance(old_arg, type) and not _is_class_alias(old_arg):
                new_args.append(old_arg)
                continue
            substfunc = getattr(old_arg, "__typing_subst__", None)
            if substfunc:
                new_arg = substfunc(new_arg_by_param[old_arg])
            else:
                subparams = getattr(old_arg, "__parameters__", ())
                if not subparams:
                    new_arg = old_arg
                else:
                    subargs = []
                    for x in subparams:
                        if isinstance(x, TypeVarTuple):
                            subargs.extend(new_arg_by_param[x])
                        else:
                            subargs.append(new_arg_by_param[x])
                    new_arg = old_arg[tuple(subargs)]
            if _is_abc_callable(self.__origin__) and isinstance(new_arg, tuple):
                new_args.extend(new_arg)
            elif isinstance(old_arg, tuple):
                new_args.append(tuple(self._make_substitution(old_arg, new_arg_by_param)))
            else:
                new_args.append(new_arg)
        return new_args

    def copy_with(self, args):
        return self.__class__(self.__origin__, args, name=self._name, inst=self._inst,
                              _paramspec_tvars=self._paramspec_tvars)

    def __repr__(self):
        if self._name:
            name = "typing." + self._name
        else:
            name = _type_repr(self.__origin__)
        if self.__args__:
            args = ", ".join([_type_repr(a) for a in self.__args__])
        else:
            args = "()"
        return name + "[" + args + "]"

    def __reduce__(self):
        import operator
        if self._name:
            origin = globals()[self._name]
        else:
            origin = self.__origin__
        args = tuple(self.__args__)
        if len(args) == 1 and not isinstance(args[0], tuple):
            args, = args
        return operator.getitem, (origin, args)

    def __mro_entries__(self, bases):
        if isinstance(self.__origin__, _SpecialForm):
            raise TypeError("Cannot subclass " + repr(self))
        if self._name:  # a generic version of an ABC or builtin class
            return _BaseGenericAlias.__mro_entries__(self, bases)
        if self.__origin__ is Generic:
            if Protocol in bases:
                return ()
            i = bases.index(self)
            for b in bases[i + 1:]:
                if isinstance(b, _BaseGenericAlias) and b is not self:
                    return ()
        return (self.__origin__,)

    def __iter__(self):
        yield Unpack[self]


@_tp_cache
def _alias_getitem(alias, args):
    return alias._subscript(args)


def _import_attr(path):
    """The object `module.attr` names (the module imported if need be)."""
    module, _, attr = path.rpartition(".")
    found = _sys.modules.get(module)
    if found is None:
        __import__(module)
        found = _sys.modules[module]
    return getattr(found, attr)


class _SpecialGenericAlias(_NotIterable, _BaseGenericAlias, _root=True):
    """An unsubscripted collection alias (`List`, `Mapping`): isinstance and issubclass
    check against its origin. The origin may be given as "module.name" (or a function that
    finds it): it is imported when first needed."""

    def __init__(self, origin, nparams, *, inst=True, name=None):
        setattr_ = object.__setattr__
        if isinstance(origin, type):
            module, qualname = origin.__module__, origin.__qualname__
        elif isinstance(origin, str):
            module, _, qualname = origin.rpartition(".")
        else:
            module, _, qualname = origin.__doc__.rpartition(".")
        if name is None:
            name = qualname
        setattr_(self, "_origin", origin)
        setattr_(self, "_inst", inst)
        setattr_(self, "_name", name)
        setattr_(self, "__slots__", None)
        setattr_(self, "_nparams", nparams)
        if module == "builtins":
            setattr_(self, "__doc__", "A generic version of " + qualname + ".")
        else:
            setattr_(self, "__doc__", "A generic version of " + module + "." + qualname + ".")

    @property
    def __origin__(self):
        origin = self._origin
        if not isinstance(origin, type):
            origin = _import_attr(origin) if isinstance(origin, str) else origin()
            object.__setattr__(self, "_origin", origin)
        return origin

    def __getattr__(self, attr):
        if attr in ("__name__", "__qualname__"):
            return self._name
        if not _is_dunder(attr):
            return getattr(self.__origin__, attr)
        raise AttributeError(attr)

    def __getitem__(self, params):
        return _special_alias_getitem(self, params)

    def _subscript(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        msg = "Parameters to generic types must be types."
        params = tuple(_type_check(p, msg) for p in params)
        _check_generic(self, params, self._nparams)
        return self.copy_with(params)

    def copy_with(self, params):
        return _GenericAlias(self.__origin__, params, name=self._name, inst=self._inst)

    def __repr__(self):
        return "typing." + self._name

    def __subclasscheck__(self, cls):
        if isinstance(cls, _SpecialGenericAlias):
            return issubclass(cls.__origin__, self.__origin__)
        if not isinstance(cls, _GenericAlias):
            return issubclass(cls, self.__origin__)
        return _BaseGenericAlias.__subclasscheck__(self, cls)

    def __reduce__(self):
        return self._name

    def __or__(self, right):
        return Union[self, right]

    def __ror__(self, left):
        return Union[left, self]


@_tp_cache
def _special_alias_getitem(alias, params):
    return alias._subscript(params)


class _CallableGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def __repr__(self):
        args = self.__args__
        if len(args) == 2 and _is_param_expr(args[0]):
            return _GenericAlias.__repr__(self)
        return ("typing.Callable[[" + ", ".join([_type_repr(a) for a in args[:-1]]) + "], "
                + _type_repr(args[-1]) + "]")

    def __reduce__(self):
        import operator
        args = self.__args__
        if not (len(args) == 2 and _is_param_expr(args[0])):
            args = list(args[:-1]), args[-1]
        return operator.getitem, (Callable, args)


class _CallableType(_SpecialGenericAlias, _root=True):
    def copy_with(self, params):
        return _CallableGenericAlias(self.__origin__, params, name=self._name, inst=self._inst,
                                     _paramspec_tvars=True)

    def __getitem__(self, params):
        if not isinstance(params, tuple) or len(params) != 2:
            raise TypeError("Callable must be used as Callable[[arg, ...], result].")
        args, result = params
        if isinstance(args, list):
            params = (tuple(args), result)
        else:
            params = (args, result)
        return _special_alias_getitem(self, params)

    def _subscript(self, params):
        args, result = params
        msg = "Callable[args, result]: result must be a type."
        result = _type_check(result, msg)
        if args is Ellipsis:
            return self.copy_with((_TypingEllipsis, result))
        if not isinstance(args, tuple):
            args = (args,)
        args = tuple(_type_convert(arg) for arg in args)
        return self.copy_with(args + (result,))


class _TupleType(_SpecialGenericAlias, _root=True):
    def _subscript(self, params):
        if not isinstance(params, tuple):
            params = (params,)
        if len(params) >= 2 and params[-1] is ...:
            msg = "Tuple[t, ...]: t must be a type."
            params = tuple(_type_check(p, msg) for p in params[:-1])
            return self.copy_with(params + (_TypingEllipsis,))
        msg = "Tuple[t0, t1, ...]: each t must be a type."
        params = tuple(_type_check(p, msg) for p in params)
        return self.copy_with(params)


class _UnionGenericAlias(_NotIterable, _GenericAlias, _root=True):
    def copy_with(self, params):
        return Union[params]

    def __eq__(self, other):
        if not isinstance(other, (_UnionGenericAlias, _types.UnionType)):
            return NotImplemented
        return set(self.__args__) == set(other.__args__)

    def __hash__(self):
        return hash(frozenset(self.__args__))

    def __repr__(self):
        args = self.__args__
        if len(args) == 2:
            if args[0] is type(None):
                return "typing.Optional[" + _type_repr(args[1]) + "]"
            elif args[1] is type(None):
                return "typing.Optional[" + _type_repr(args[0]) + "]"
        return _GenericAlias.__repr__(self)

    def __instancecheck__(self, obj):
        return self.__subclasscheck__(type(obj))

    def __subclasscheck__(self, cls):
        for arg in self.__args__:
            if issubclass(cls, arg):
                return True
        return False

    def __reduce__(self):
        func, (origin, args) = _GenericAlias.__reduce__(self)
        return func, (Union, args)


def _value_and_type_iter(parameters):
    return ((p, type(p)) for p in parameters)


class _LiteralGenericAlias(_GenericAlias, _root=True):
    def __eq__(self, other):
        if not isinstance(other, _LiteralGenericAlias):
            return NotImplemented
        return (set(_value_and_type_iter(self.__args__))
                == set(_value_and_type_iter(other.__args__)))

    def __hash__(self):
        return hash(frozenset(_value_and_type_iter(self.__args__)))


class _ConcatenateGenericAlias(_GenericAlias, _root=True):
    def copy_with(self, params):
        if isinstance(params[-1], (list, tuple)):
            return params[:-1] + tuple(params[-1])
        if isinstance(params[-1], _ConcatenateGenericAlias):
            params = params[:-1] + params[-1].__args__
        return _GenericAlias.copy_with(self, params)


class _UnpackGenericAlias(_GenericAlias, _root=True):
    def __repr__(self):
        return "*" + repr(self.__args__[0])

    @property
    def __typing_is_unpacked_typevartuple__(self):
        return isinstance(self.__args__[0], TypeVarTuple)


class _TypingEllipsis:
    """Internal placeholder for ... (ellipsis)."""


class _AnnotatedAlias(_NotIterable, _GenericAlias, _root=True):
    """`Annotated[t, metadata...]`: `t` with `__metadata__`."""

    def __init__(self, origin, metadata):
        if isinstance(origin, _AnnotatedAlias):
            metadata = origin.__metadata__ + metadata
            origin = origin.__origin__
        _GenericAlias.__init__(self, origin, origin)
        self.__metadata__ = metadata

    def copy_with(self, params):
        return _AnnotatedAlias(params[0], self.__metadata__)

    def __repr__(self):
        return ("typing.Annotated[" + _type_repr(self.__origin__) + ", "
                + ", ".join(repr(a) for a in self.__metadata__) + "]")

    def __reduce__(self):
        import operator
        return operator.getitem, (Annotated, (self.__origin__,) + self.__metadata__)

    def __eq__(self, other):
        if not isinstance(other, _AnnotatedAlias):
            return NotImplemented
        return self.__origin__ == other.__origin__ and self.__metadata__ == other.__metadata__

    def __hash__(self):
        return hash((self.__origin__, self.__metadata__))

    def __getattr__(self, attr):
        if attr in ("__name__", "__qualname__"):
            return "Annotated"
        return _BaseGenericAlias.__getattr__(self, attr)


class Annotated:
    """Add context-specific metadata to a type: `Annotated[int, "meta"]`."""

    def __new__(cls, *args, **kwargs):
        raise TypeError("Type Annotated cannot be instantiated.")

    def __class_getitem__(cls, params):
        if not isinstance(params, tuple):
            params = (params,)
        return _annotated_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        raise TypeError("Cannot subclass " + cls.__module__ + ".Annotated")


@_tp_cache
def _annotated_getitem(cls, params):
    if len(params) < 2:
        raise TypeError("Annotated[...] should be used with at least two arguments "
                        "(a type and an annotation).")
    if _is_unpacked_typevartuple(params[0]):
        raise TypeError("Annotated[...] should not be used with an unpacked TypeVarTuple")
    msg = "Annotated[t, ...]: t must be a type."
    origin = _type_check(params[0], msg, allow_special_forms=True)
    return _AnnotatedAlias(origin, tuple(params[1:]))


# -- Generic and Protocol --------------------------------------------------------------------

class Generic:
    """Abstract base class for generic types: `class Stack(Generic[T])`, then
    `Stack[int]`."""

    _is_protocol = False

    def __class_getitem__(cls, params):
        return _generic_class_getitem(cls, params)

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)
        tvars = []
        if "__orig_bases__" in cls.__dict__:
            error = Generic in cls.__orig_bases__
        else:
            error = (Generic in cls.__bases__ and cls.__name__ != "Protocol"
                     and type(cls) is not _TypedDictMeta)
        if error:
            raise TypeError("Cannot inherit from plain Generic")
        if "__orig_bases__" in cls.__dict__:
            tvars = _collect_parameters(cls.__orig_bases__)
            gvars = None
            for base in cls.__orig_bases__:
                if isinstance(base, _GenericAlias) and base.__origin__ is Generic:
                    if gvars is not None:
                        raise TypeError("Cannot inherit from Generic[...] multiple times.")
                    gvars = base.__parameters__
            if gvars is not None:
                tvarset = set(tvars)
                gvarset = set(gvars)
                if not tvarset <= gvarset:
                    s_vars = ", ".join(str(t) for t in tvars if t not in gvarset)
                    s_args = ", ".join(str(g) for g in gvars)
                    raise TypeError("Some type variables (" + s_vars + ") are not listed in "
                                    "Generic[" + s_args + "]")
                tvars = gvars
        cls.__parameters__ = tuple(tvars)


@_tp_cache
def _generic_class_getitem(cls, params):
    if not isinstance(params, tuple):
        params = (params,)
    params = tuple(_type_convert(p) for p in params)
    if cls in (Generic, Protocol):
        if not params:
            raise TypeError("Parameter list to " + cls.__qualname__ + "[...] cannot be empty")
        if not all(_is_typevar_like(p) for p in params):
            raise TypeError("Parameters to " + cls.__name__ + "[...] must all be type "
                            "variables or parameter specification variables.")
        if len(set(params)) != len(params):
            raise TypeError("Parameters to " + cls.__name__ + "[...] must all be unique")
        return _class_alias(cls, params)
    for param in cls.__parameters__:
        prepare = getattr(param, "__typing_prepare_subst__", None)
        if prepare is not None:
            params = prepare(cls, params)
    _check_generic(cls, params, len(cls.__parameters__))
    new_args = []
    for param, new_arg in zip(cls.__parameters__, params):
        if isinstance(param, TypeVarTuple):
            new_args.extend(new_arg)
        else:
            new_args.append(new_arg)
    return _GenericAlias(cls, tuple(new_args), _paramspec_tvars=True)


_TYPING_INTERNALS = ["__parameters__", "__orig_bases__", "__orig_class__", "_is_protocol",
                     "_is_runtime_protocol", "__final__"]

_SPECIAL_NAMES = ["__abstractmethods__", "__annotations__", "__dict__", "__doc__",
                  "__init__", "__module__", "__new__", "__slots__", "__subclasshook__",
                  "__weakref__", "__class_getitem__"]

EXCLUDED_ATTRIBUTES = _TYPING_INTERNALS + _SPECIAL_NAMES + ["_MutableMapping__marker"]

# CPython's type.__new__ takes `__qualname__` out of the class namespace.
_HOTPY_CLASS_NAMES = {"__qualname__"}


# A class's protocol members, and whether they are all callable, found the first time they
# are needed (CPython 3.11 finds them again at each check; its ABC caches the results).
_protocol_attrs = {}
_callable_members_only = {}


def _get_protocol_attrs(cls):
    """The members a protocol class declares (its own and its protocol bases')."""
    attrs = _protocol_attrs.get(cls)
    if attrs is not None:
        return attrs
    attrs = set()
    for base in cls.__mro__[:-1]:  # without object
        if base.__name__ in ("Protocol", "Generic"):
            continue
        annotations = getattr(base, "__annotations__", {})
        for attr in list(base.__dict__.keys()) + list(annotations.keys()):
            if (not attr.startswith("_abc_") and attr not in EXCLUDED_ATTRIBUTES
                    and attr not in _HOTPY_CLASS_NAMES):
                attrs.add(attr)
    _protocol_attrs[cls] = attrs
    return attrs


def _is_callable_members_only(cls):
    only = _callable_members_only.get(cls)
    if only is None:
        only = all(callable(getattr(cls, attr, None)) for attr in _get_protocol_attrs(cls))
        _callable_members_only[cls] = only
    return only


def _no_init_or_replace_init(self, *args, **kwargs):
    cls = type(self)
    if cls._is_protocol:
        raise TypeError("Protocols cannot be instantiated")
    if cls.__init__ is not _no_init_or_replace_init:
        return
    for base in cls.__mro__:
        init = base.__dict__.get("__init__", _no_init_or_replace_init)
        if init is not _no_init_or_replace_init:
            cls.__init__ = init
            break
    else:
        cls.__init__ = object.__init__
    cls.__init__(self, *args, **kwargs)


def _allow_reckless_class_checks(depth=3):
    return _caller(depth) in {"abc", "functools", None}


_PROTO_ALLOWLIST = {
    "collections.abc": [
        "Callable", "Awaitable", "Iterable", "Iterator", "AsyncIterable",
        "Hashable", "Sized", "Container", "Collection", "Reversible",
    ],
    "contextlib": ["AbstractContextManager", "AbstractAsyncContextManager"],
}


class _ProtocolMeta(_ABCMeta):
    """The metaclass of protocols: isinstance() against a @runtime_checkable protocol checks
    that the object has every member."""

    def __instancecheck__(cls, instance):
        if (getattr(cls, "_is_protocol", False)
                and not getattr(cls, "_is_runtime_protocol", False)
                and not _allow_reckless_class_checks(depth=2)):
            raise TypeError("Instance and class checks can only be used with"
                            " @runtime_checkable protocols")
        if ((not getattr(cls, "_is_protocol", False) or _is_callable_members_only(cls))
                and issubclass(instance.__class__, cls)):
            return True
        if cls._is_protocol:
            if all(hasattr(instance, attr)
                   # All *methods* can be blocked by setting them to None.
                   and (not callable(getattr(cls, attr, None))
                        or getattr(instance, attr) is not None)
                   for attr in _get_protocol_attrs(cls)):
                return True
        return super().__instancecheck__(instance)


_proto_hook_results = {}


class Protocol(Generic, metaclass=_ProtocolMeta):
    """Base class for protocol classes (structural types): `isinstance` works against
    `@runtime_checkable` ones."""

    _is_protocol = True
    _is_runtime_protocol = False

    def __init_subclass__(cls, *args, **kwargs):
        super().__init_subclass__(*args, **kwargs)

        # Determine if this is a protocol or a concrete subclass.
        if not cls.__dict__.get("_is_protocol", False):
            cls._is_protocol = any(b is Protocol for b in cls.__bases__)

        # Set (or override) the protocol subclass hook.
        def _proto_hook(other):
            # (Protocol.__init_subclass__ put `_is_protocol` in the class's own namespace.)
            if not cls._is_protocol:
                return NotImplemented
            if not getattr(cls, "_is_runtime_protocol", False):
                if _allow_reckless_class_checks():
                    return NotImplemented
                raise TypeError("Instance and class checks can only be used with"
                                " @runtime_checkable protocols")
            if not _is_callable_members_only(cls):
                if _allow_reckless_class_checks():
                    return NotImplemented
                raise TypeError("Protocols with non-method members"
                                " don't support issubclass()")
            if not isinstance(other, type):
                raise TypeError("issubclass() arg 1 must be a class")
            # As CPython's ABCMeta caches the answer for a class.
            known = _proto_hook_results.get((cls, other))
            if known is not None:
                return known
            result = True
            namespaces = [(base, base.__dict__) for base in other.__mro__]
            for attr in _get_protocol_attrs(cls):
                for base, namespace in namespaces:
                    if attr in namespace:
                        if namespace[attr] is None:
                            result = NotImplemented
                        break
                    annotations = getattr(base, "__annotations__", {})
                    if ((isinstance(annotations, dict)
                         or isinstance(annotations, _import_attr("collections.abc.Mapping")))
                            and attr in annotations
                            and issubclass(other, Generic) and other._is_protocol):
                        break
                else:
                    result = NotImplemented
                if result is NotImplemented:
                    break
            _proto_hook_results[(cls, other)] = result
            return result

        if "__subclasshook__" not in cls.__dict__:
            cls.__subclasshook__ = _proto_hook

        if not cls._is_protocol:
            return
        for base in cls.__bases__:
            if not (base in (object, Generic)
                    or base.__module__ in _PROTO_ALLOWLIST
                    and base.__name__ in _PROTO_ALLOWLIST[base.__module__]
                    or issubclass(base, Generic) and base._is_protocol):
                raise TypeError("Protocols can only inherit from other protocols, got %r"
                                % base)
        if cls.__init__ is Protocol.__init__:
            cls.__init__ = _no_init_or_replace_init


class _ClassAliasMeta(_ProtocolMeta, _GenericAlias, _root=True):
    """The type of `Generic[T]` and `Protocol[T]`: aliases that are classes, so that hotpy's
    class statement takes them after a plain class (`class C(Base, Generic[T])`) and calls
    this metaclass, which makes the class from the bases' `__mro_entries__`."""

    def __new__(mcls, *args, **kwds):
        made = _types._class_statement(_BaseGenericAlias, args, kwds)
        if made is not None:
            return made
        raise TypeError("Cannot subclass special typing classes")

    def __init__(self, *args, **kwds):
        pass

    def __setattr__(self, attr, val):
        type.__setattr__(self, attr, val)

    __call__ = _GenericAlias.__call__
    __repr__ = _GenericAlias.__repr__
    __eq__ = _GenericAlias.__eq__
    __hash__ = _GenericAlias.__hash__
    __getitem__ = _GenericAlias.__getitem__
    __or__ = _GenericAlias.__or__
    __ror__ = _GenericAlias.__ror__
    __instancecheck__ = _BaseGenericAlias.__instancecheck__
    __subclasscheck__ = _BaseGenericAlias.__subclasscheck__
    __mro_entries__ = _GenericAlias.__mro_entries__


def _class_alias(origin, params):
    alias = type.__new__(_ClassAliasMeta, origin.__name__, (),
                         {"__module__": "typing", "_is_class_alias": True})
    _GenericAlias.__init__(alias, origin, params, _paramspec_tvars=True)
    return alias


def runtime_checkable(cls):
    """Mark a protocol class as a runtime protocol (isinstance() and issubclass() work)."""
    if not issubclass(cls, Generic) or not cls._is_protocol:
        raise TypeError("@runtime_checkable can be only applied to protocol classes,"
                        " got %r" % cls)
    cls._is_runtime_protocol = True
    return cls


# -- functions --------------------------------------------------------------------------------

def cast(typ, val):
    """Cast a value to a type (returns the value unchanged)."""
    return val


def assert_type(val, typ, /):
    """Ask a static type checker to confirm the value's type (returns it unchanged)."""
    return val


def _allowed_types():
    return (_types.FunctionType, _types.BuiltinFunctionType, _types.MethodType,
            _types.ModuleType, _types.WrapperDescriptorType, _types.MethodWrapperType,
            _types.MethodDescriptorType)


def get_type_hints(obj, globalns=None, localns=None, include_extras=False):
    """The type hints of a module, class, method or function, with string annotations
    evaluated, a class's inherited ones included, and `Annotated` stripped unless
    `include_extras`."""
    if getattr(obj, "__no_type_check__", None):
        return {}
    if isinstance(obj, type):
        hints = {}
        for base in reversed(obj.__mro__):
            if globalns is None:
                base_globals = getattr(_sys.modules.get(base.__module__, None), "__dict__", {})
            else:
                base_globals = globalns
            ann = base.__dict__.get("__annotations__", {})
            if not isinstance(ann, dict):
                ann = {}
            base_locals = dict(vars(base)) if localns is None else localns
            if localns is None and globalns is None:
                # Names in the class body shadow the module's (the search order for
                # classes is globals, then locals).
                base_globals, base_locals = base_locals, base_globals
            for name, value in ann.items():
                if value is None:
                    value = type(None)
                if isinstance(value, str):
                    value = ForwardRef(value, is_argument=False, is_class=True)
                value = _eval_type(value, base_globals, base_locals)
                hints[name] = value
        return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}

    if globalns is None:
        if isinstance(obj, _types.ModuleType):
            globalns = obj.__dict__
        else:
            nsobj = obj
            while hasattr(nsobj, "__wrapped__"):
                nsobj = nsobj.__wrapped__
            globalns = getattr(nsobj, "__globals__", {})
        if localns is None:
            localns = globalns
    elif localns is None:
        localns = globalns
    hints = getattr(obj, "__annotations__", None)
    if hints is None:
        if isinstance(obj, _allowed_types()):
            return {}
        raise TypeError("{!r} is not a module, class, method, or function.".format(obj))
    hints = dict(hints)
    for name, value in hints.items():
        if value is None:
            value = type(None)
        if isinstance(value, str):
            value = ForwardRef(value, is_argument=not isinstance(obj, _types.ModuleType),
                               is_class=False)
        hints[name] = _eval_type(value, globalns, localns)
    return hints if include_extras else {k: _strip_annotations(t) for k, t in hints.items()}


def _strip_annotations(t):
    """`t` without `Annotated` (and `Required`/`NotRequired`) wrappers."""
    if isinstance(t, _AnnotatedAlias):
        return _strip_annotations(t.__origin__)
    if hasattr(t, "__origin__") and t.__origin__ in (Required, NotRequired):
        return _strip_annotations(t.__args__[0])
    if _is_class_alias(t):
        return t
    if isinstance(t, _GenericAlias):
        stripped_args = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped_args == t.__args__:
            return t
        return t.copy_with(stripped_args)
    if isinstance(t, _BuiltinAlias):
        stripped_args = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped_args == t.__args__:
            return t
        return _BuiltinAlias(t.__origin__, stripped_args)
    if isinstance(t, _types.UnionType):
        stripped_args = tuple(_strip_annotations(a) for a in t.__args__)
        if stripped_args == t.__args__:
            return t
        result = stripped_args[0]
        for a in stripped_args[1:]:
            result = result | a
        return result
    return t


def get_origin(tp):
    """The unsubscripted version of a type: `get_origin(List[int]) is list`,
    `get_origin(Union[int, str]) is Union`; None for other objects."""
    if isinstance(tp, _AnnotatedAlias):
        return Annotated
    if isinstance(tp, (_BaseGenericAlias, _BuiltinAlias, ParamSpecArgs, ParamSpecKwargs)):
        return tp.__origin__
    if tp is Generic:
        return Generic
    if isinstance(tp, _types.UnionType):
        return _types.UnionType
    return None


def get_args(tp):
    """The type arguments of a subscripted type: `get_args(Dict[str, int]) == (str, int)`,
    `get_args(Callable[[int], str]) == ([int], str)`."""
    if isinstance(tp, _AnnotatedAlias):
        return (tp.__origin__,) + tp.__metadata__
    if isinstance(tp, (_GenericAlias, _BuiltinAlias)):
        res = tp.__args__
        if _should_unflatten_callable_args(tp, res):
            res = (list(res[:-1]), res[-1])
        return res
    if isinstance(tp, _types.UnionType):
        return tp.__args__
    return ()


def is_typeddict(tp):
    """True for a TypedDict class."""
    return isinstance(tp, _TypedDictMeta)


def assert_never(arg, /):
    """Statically assert that a line of code is unreachable (raises at run time)."""
    value = repr(arg)
    if len(value) > 100:
        value = value[:100] + "..."
    raise AssertionError("Expected code to be unreachable, but got: " + value)


def no_type_check(arg):
    """Decorator to indicate that annotations are not type hints."""
    if isinstance(arg, type):
        for key in dir(arg):
            obj = getattr(arg, key)
            if (not hasattr(obj, "__qualname__")
                    or obj.__qualname__ != arg.__qualname__ + "." + obj.__name__
                    or getattr(obj, "__module__", None) != arg.__module__):
                continue
            if isinstance(obj, _types.FunctionType):
                obj.__no_type_check__ = True
            if isinstance(obj, _types.MethodType):
                obj.__func__.__no_type_check__ = True
            if isinstance(obj, type):
                no_type_check(obj)
    try:
        arg.__no_type_check__ = True
    except (TypeError, AttributeError):  # built-in classes
        pass
    return arg


def no_type_check_decorator(decorator):
    """Decorator to give another decorator the @no_type_check effect."""
    import functools

    @functools.wraps(decorator)
    def wrapped_decorator(*args, **kwds):
        return no_type_check(decorator(*args, **kwds))

    return wrapped_decorator


def _overload_dummy(*args, **kwds):
    """Helper for @overload to raise when called."""
    raise NotImplementedError(
        "You should not call an overloaded function. "
        "A series of @overload-decorated functions "
        "outside a stub module should always be followed "
        "by an implementation that is not @overload-ed.")


_overload_registry = {}


def overload(func):
    """Decorator for overloaded functions/methods: records `func` (see get_overloads) and
    gives a function that raises NotImplementedError when called."""
    f = getattr(func, "__func__", func)
    try:
        by_name = _overload_registry.setdefault(f.__module__, {})
        by_name.setdefault(f.__qualname__, {})[f.__code__.co_firstlineno] = func
    except AttributeError:
        pass
    return _overload_dummy


def get_overloads(func):
    """All the overloads defined for `func`."""
    f = getattr(func, "__func__", func)
    if f.__module__ not in _overload_registry:
        return []
    mod_dict = _overload_registry[f.__module__]
    if f.__qualname__ not in mod_dict:
        return []
    return list(mod_dict[f.__qualname__].values())


def clear_overloads():
    """Clear all overloads in the registry."""
    _overload_registry.clear()


def final(f):
    """Decorator to indicate final methods and final classes (sets `__final__`)."""
    try:
        f.__final__ = True
    except (AttributeError, TypeError):
        pass
    return f


def reveal_type(obj, /):
    """Prints the runtime type of `obj` to stderr and returns it."""
    print("Runtime type is " + repr(type(obj).__name__), file=_sys.stderr)
    return obj


def dataclass_transform(*, eq_default=True, order_default=False, kw_only_default=False,
                        field_specifiers=(), **kwargs):
    """Decorator to mark an object as providing dataclass-like behaviour."""
    def decorator(cls_or_fn):
        cls_or_fn.__dataclass_transform__ = {
            "eq_default": eq_default,
            "order_default": order_default,
            "kw_only_default": kw_only_default,
            "field_specifiers": field_specifiers,
            "kwargs": kwargs,
        }
        return cls_or_fn

    return decorator


# -- type variables and aliases of the standard library -----------------------------------

T = TypeVar("T")  # Any type.
KT = TypeVar("KT")  # Key type.
VT = TypeVar("VT")  # Value type.
T_co = TypeVar("T_co", covariant=True)  # Any type covariant containers.
V_co = TypeVar("V_co", covariant=True)  # Any type covariant containers.
VT_co = TypeVar("VT_co", covariant=True)  # Value type covariant containers.
T_contra = TypeVar("T_contra", contravariant=True)  # Ditto contravariant.
CT_co = TypeVar("CT_co", covariant=True, bound=type)
AnyStr = TypeVar("AnyStr", bytes, str)

_alias = _SpecialGenericAlias


def _abstract_async_context_manager():
    """contextlib.AbstractAsyncContextManager"""
    # hotpy's contextlib has no asynchronous context managers yet: a stand-in ABC.
    import contextlib
    found = getattr(contextlib, "AbstractAsyncContextManager", None)
    if found is not None:
        return found

    class AbstractAsyncContextManager(metaclass=_ABCMeta):
        """An abstract base class for asynchronous context managers."""

        @classmethod
        def __subclasshook__(cls, C):
            if cls is AbstractAsyncContextManager:
                for method in ("__aenter__", "__aexit__"):
                    for B in C.__mro__:
                        if method in B.__dict__:
                            if B.__dict__[method] is None:
                                return NotImplemented
                            break
                    else:
                        return NotImplemented
                return True
            return NotImplemented

    AbstractAsyncContextManager.__module__ = "contextlib"
    return AbstractAsyncContextManager


Hashable = _alias("collections.abc.Hashable", 0)
Awaitable = _alias("collections.abc.Awaitable", 1)
Coroutine = _alias("collections.abc.Coroutine", 3)
AsyncIterable = _alias("collections.abc.AsyncIterable", 1)
AsyncIterator = _alias("collections.abc.AsyncIterator", 1)
Iterable = _alias("collections.abc.Iterable", 1)
Iterator = _alias("collections.abc.Iterator", 1)
Reversible = _alias("collections.abc.Reversible", 1)
Sized = _alias("collections.abc.Sized", 0)
Container = _alias("collections.abc.Container", 1)
Collection = _alias("collections.abc.Collection", 1)
Callable = _CallableType("collections.abc.Callable", 2)
AbstractSet = _alias("collections.abc.Set", 1, name="AbstractSet")
MutableSet = _alias("collections.abc.MutableSet", 1)
Mapping = _alias("collections.abc.Mapping", 2)
MutableMapping = _alias("collections.abc.MutableMapping", 2)
Sequence = _alias("collections.abc.Sequence", 1)
MutableSequence = _alias("collections.abc.MutableSequence", 1)
ByteString = _alias("collections.abc.ByteString", 0)
Tuple = _TupleType(tuple, -1, inst=False, name="Tuple")
List = _alias(list, 1, inst=False, name="List")
Deque = _alias("collections.deque", 1, name="Deque")
Set = _alias(set, 1, inst=False, name="Set")
FrozenSet = _alias(frozenset, 1, inst=False, name="FrozenSet")
MappingView = _alias("collections.abc.MappingView", 1)
KeysView = _alias("collections.abc.KeysView", 1)
ItemsView = _alias("collections.abc.ItemsView", 2)
ValuesView = _alias("collections.abc.ValuesView", 1)
ContextManager = _alias("contextlib.AbstractContextManager", 1, name="ContextManager")
AsyncContextManager = _alias(_abstract_async_context_manager, 1, name="AsyncContextManager")
Dict = _alias(dict, 2, inst=False, name="Dict")
DefaultDict = _alias("collections.defaultdict", 2, name="DefaultDict")
OrderedDict = _alias("collections.OrderedDict", 2)
Counter = _alias("collections.Counter", 1)
ChainMap = _alias("collections.ChainMap", 2)
Generator = _alias("collections.abc.Generator", 3)
AsyncGenerator = _alias("collections.abc.AsyncGenerator", 2)
Type = _alias(type, 1, inst=False, name="Type")
Pattern = _alias("re.Pattern", 1)
Match = _alias("re.Match", 1)
Text = str


@runtime_checkable
class SupportsInt(Protocol):
    """An ABC with one abstract method __int__."""
    __slots__ = ()

    @_abstractmethod
    def __int__(self) -> int:
        pass


@runtime_checkable
class SupportsFloat(Protocol):
    """An ABC with one abstract method __float__."""
    __slots__ = ()

    @_abstractmethod
    def __float__(self) -> float:
        pass


@runtime_checkable
class SupportsComplex(Protocol):
    """An ABC with one abstract method __complex__."""
    __slots__ = ()

    @_abstractmethod
    def __complex__(self) -> complex:
        pass


@runtime_checkable
class SupportsBytes(Protocol):
    """An ABC with one abstract method __bytes__."""
    __slots__ = ()

    @_abstractmethod
    def __bytes__(self) -> bytes:
        pass


@runtime_checkable
class SupportsIndex(Protocol):
    """An ABC with one abstract method __index__."""
    __slots__ = ()

    @_abstractmethod
    def __index__(self) -> int:
        pass


@runtime_checkable
class SupportsAbs(Protocol[T_co]):
    """An ABC with one abstract method __abs__ that is covariant in its return type."""
    __slots__ = ()

    @_abstractmethod
    def __abs__(self) -> T_co:
        pass


@runtime_checkable
class SupportsRound(Protocol[T_co]):
    """An ABC with one abstract method __round__ that is covariant in its return type."""
    __slots__ = ()

    @_abstractmethod
    def __round__(self, ndigits: int = 0) -> T_co:
        pass


# -- NamedTuple, TypedDict, NewType --------------------------------------------------------------

def _make_nmtuple(name, types, module, defaults=()):
    fields = [n for n, t in types]
    types = {n: _type_check(t, "field " + n + " annotation must be a type") for n, t in types}
    import collections
    nm_tpl = collections.namedtuple(name, fields, defaults=defaults, module=module)
    nm_tpl.__annotations__ = types
    try:
        nm_tpl.__new__.__annotations__ = types
    except (AttributeError, TypeError):
        pass
    return nm_tpl


_prohibited = frozenset({"__new__", "__init__", "__slots__", "__getnewargs__",
                         "_fields", "_field_defaults",
                         "_make", "_replace", "_asdict", "_source"})

_special = frozenset({"__module__", "__name__", "__annotations__"})


class NamedTupleMeta(type):
    def __new__(cls, typename, bases, ns):
        for base in bases:
            if base is not _NamedTuple and base is not Generic:
                raise TypeError("can only inherit from a NamedTuple type and Generic")
        bases = tuple(tuple if base is _NamedTuple else base for base in bases)
        types = ns.get("__annotations__", {})
        default_names = []
        for field_name in types:
            if field_name in ns:
                default_names.append(field_name)
            elif default_names:
                raise TypeError("Non-default namedtuple field " + field_name
                                + " cannot follow default field"
                                + ("s" if len(default_names) > 1 else "") + " "
                                + ", ".join(default_names))
        nm_tpl = _make_nmtuple(typename, types.items(),
                               defaults=[ns[n] for n in default_names],
                               module=ns["__module__"])
        if Generic in bases:
            nm_tpl.__bases__ = bases
            class_getitem = _generic_class_getitem
            nm_tpl.__class_getitem__ = classmethod(class_getitem)
        # update from user namespace without overriding special namedtuple attributes
        for key in ns:
            if key in _prohibited:
                raise AttributeError("Cannot overwrite NamedTuple attribute " + key)
            elif key not in _special and key not in nm_tpl._fields:
                setattr(nm_tpl, key, ns[key])
        if Generic in bases:
            nm_tpl.__init_subclass__()
        return nm_tpl


_NamedTuple = type.__new__(NamedTupleMeta, "NamedTuple", (), {"__module__": "typing"})


class _FunctionLike(_Final, _root=True):
    """A function (`NamedTuple`, `TypedDict`) that may also stand as a base class."""

    def __init__(self, function, entries):
        self._function = function
        self._entries = entries
        self.__name__ = function.__name__
        self.__qualname__ = function.__qualname__
        self.__doc__ = function.__doc__

    def __call__(self, *args, **kwargs):
        return self._function(*args, **kwargs)

    def __mro_entries__(self, bases):
        return (self._entries,)

    def __repr__(self):
        return "<function %s at %#x>" % (self.__name__, id(self))


def _named_tuple(typename, fields=None, /, **kwargs):
    """Typed version of namedtuple: `class Employee(NamedTuple): name: str; id: int`."""
    if fields is None:
        fields = kwargs.items()
    elif kwargs:
        raise TypeError("Either list of fields or keywords"
                        " can be provided to NamedTuple, not both")
    return _make_nmtuple(typename, fields, module=_caller(2))


_named_tuple.__name__ = _named_tuple.__qualname__ = "NamedTuple"
NamedTuple = _FunctionLike(_named_tuple, _NamedTuple)


class _TypedDictMeta(type):
    def __new__(cls, name, bases, ns, total=True):
        for base in bases:
            if type(base) is not _TypedDictMeta and base is not Generic:
                raise TypeError("cannot inherit from both a TypedDict type "
                                "and a non-TypedDict base class")
        if any(issubclass(b, Generic) for b in bases):
            generic_base = (Generic,)
        else:
            generic_base = ()
        tp_dict = type.__new__(_TypedDictMeta, name, generic_base + (dict,), ns)

        annotations = {}
        own_annotations = ns.get("__annotations__", {})
        msg = "TypedDict('Name', {f0: t0, f1: t1, ...}); each t must be a type"
        own_annotations = {
            n: _type_check(tp, msg, module=tp_dict.__module__)
            for n, tp in own_annotations.items()
        }
        required_keys = set()
        optional_keys = set()

        for base in bases:
            annotations.update(base.__dict__.get("__annotations__", {}))
            base_required = base.__dict__.get("__required_keys__", set())
            required_keys |= base_required
            optional_keys -= base_required
            base_optional = base.__dict__.get("__optional_keys__", set())
            required_keys -= base_optional
            optional_keys |= base_optional

        annotations.update(own_annotations)
        for annotation_key, annotation_type in own_annotations.items():
            annotation_origin = get_origin(annotation_type)
            if annotation_origin is Annotated:
                annotation_args = get_args(annotation_type)
                if annotation_args:
                    annotation_type = annotation_args[0]
                    annotation_origin = get_origin(annotation_type)
            if annotation_origin is Required:
                is_required = True
            elif annotation_origin is NotRequired:
                is_required = False
            else:
                is_required = total
            if is_required:
                required_keys.add(annotation_key)
                optional_keys.discard(annotation_key)
            else:
                optional_keys.add(annotation_key)
                required_keys.discard(annotation_key)

        tp_dict.__annotations__ = annotations
        tp_dict.__required_keys__ = frozenset(required_keys)
        tp_dict.__optional_keys__ = frozenset(optional_keys)
        if not hasattr(tp_dict, "__total__"):
            tp_dict.__total__ = total
        return tp_dict

    def __init__(cls, *args, **kwargs):
        pass

    def __call__(cls, *args, **kwargs):
        return dict(*args, **kwargs)

    def __subclasscheck__(cls, other):
        # Typed dicts are only for static structural subtyping.
        raise TypeError("TypedDict does not support instance and class checks")

    __instancecheck__ = __subclasscheck__


def _typed_dict(typename, fields=None, /, *, total=True, **kwargs):
    """A simple typed namespace; at run time a plain dict:
    `class Point2D(TypedDict, total=False): x: int`, or
    `Point2D = TypedDict('Point2D', {'x': int})`."""
    if fields is None:
        fields = kwargs
    elif kwargs:
        raise TypeError("TypedDict takes either a dict or keyword arguments, but not both")
    if kwargs:
        import warnings
        warnings.warn(
            "The kwargs-based syntax for TypedDict definitions is deprecated "
            "in Python 3.11, will be removed in Python 3.13, and may not be "
            "understood by third-party type checkers.",
            DeprecationWarning,
            stacklevel=3,
        )
    ns = {"__annotations__": dict(fields)}
    module = _caller(2)
    if module is not None:
        ns["__module__"] = module
    return _TypedDictMeta(typename, (), ns, total=total)


_TypedDict = type.__new__(_TypedDictMeta, "TypedDict", (), {"__module__": "typing"})
_typed_dict.__name__ = _typed_dict.__qualname__ = "TypedDict"
TypedDict = _FunctionLike(_typed_dict, _TypedDict)


def _idfunc(_, *args, **kwargs):
    if kwargs:
        raise TypeError("_typing._idfunc() takes no keyword arguments")
    if len(args) != 1:
        raise TypeError("_typing._idfunc() takes exactly one argument (%d given)" % len(args))
    return args[0]


class NewType(_Final, _root=True):
    """NewType creates simple unique types with almost zero runtime overhead:
    `UserId = NewType('UserId', int)`; `UserId(5)` is 5."""

    __call__ = _idfunc

    def __init__(self, name, tp):
        self.__qualname__ = name
        if "." in name:
            name = name.rpartition(".")[-1]
        self.__name__ = name
        self.__supertype__ = tp
        if not _initialising:
            def_mod = _caller()
            if def_mod != "typing":
                self.__module__ = def_mod

    def __mro_entries__(self, bases):
        # A better error message when a NewType is subclassed.
        superclass_name = self.__name__

        class Dummy:
            def __init_subclass__(cls):
                subclass_name = cls.__name__
                raise TypeError(
                    "Cannot subclass an instance of NewType. Perhaps you were looking for: "
                    "`" + subclass_name + " = NewType(" + repr(subclass_name) + ", "
                    + superclass_name + ")`")

        return (Dummy,)

    def __repr__(self):
        return self.__module__ + "." + self.__qualname__

    def __reduce__(self):
        return self.__qualname__

    def __or__(self, other):
        return Union[self, other]

    def __ror__(self, other):
        return Union[other, self]


# -- IO ------------------------------------------------------------------------------------------

class IO(Generic[AnyStr]):
    """Generic base class for TextIO and BinaryIO."""

    __slots__ = ()

    @property
    @_abstractmethod
    def mode(self) -> str:
        pass

    @property
    @_abstractmethod
    def name(self) -> str:
        pass

    @_abstractmethod
    def close(self) -> None:
        pass

    @property
    @_abstractmethod
    def closed(self) -> bool:
        pass

    @_abstractmethod
    def fileno(self) -> int:
        pass

    @_abstractmethod
    def flush(self) -> None:
        pass

    @_abstractmethod
    def isatty(self) -> bool:
        pass

    @_abstractmethod
    def read(self, n: int = -1) -> AnyStr:
        pass

    @_abstractmethod
    def readable(self) -> bool:
        pass

    @_abstractmethod
    def readline(self, limit: int = -1) -> AnyStr:
        pass

    @_abstractmethod
    def readlines(self, hint: int = -1) -> List[AnyStr]:
        pass

    @_abstractmethod
    def seek(self, offset: int, whence: int = 0) -> int:
        pass

    @_abstractmethod
    def seekable(self) -> bool:
        pass

    @_abstractmethod
    def tell(self) -> int:
        pass

    @_abstractmethod
    def truncate(self, size: int = None) -> int:
        pass

    @_abstractmethod
    def writable(self) -> bool:
        pass

    @_abstractmethod
    def write(self, s: AnyStr) -> int:
        pass

    @_abstractmethod
    def writelines(self, lines: List[AnyStr]) -> None:
        pass

    @_abstractmethod
    def __enter__(self) -> "IO[AnyStr]":
        pass

    @_abstractmethod
    def __exit__(self, type, value, traceback) -> None:
        pass


class BinaryIO(IO[bytes]):
    """Typed version of the return of open() in binary mode."""

    __slots__ = ()

    @_abstractmethod
    def write(self, s: Union[bytes, bytearray]) -> int:
        pass

    @_abstractmethod
    def __enter__(self) -> "BinaryIO":
        pass


class TextIO(IO[str]):
    """Typed version of the return of open() in text mode."""

    __slots__ = ()

    @property
    @_abstractmethod
    def buffer(self) -> BinaryIO:
        pass

    @property
    @_abstractmethod
    def encoding(self) -> str:
        pass

    @property
    @_abstractmethod
    def errors(self) -> Optional[str]:
        pass

    @property
    @_abstractmethod
    def line_buffering(self) -> bool:
        pass

    @property
    @_abstractmethod
    def newlines(self) -> Any:
        pass

    @_abstractmethod
    def __enter__(self) -> "TextIO":
        pass


_initialising = False
