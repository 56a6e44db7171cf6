"""Enumerations, as CPython 3.11's `enum`: `Enum`, `IntEnum`, `StrEnum`, `Flag`, `IntFlag`,
`auto`, `unique`, the functional API (`Enum('Color', 'RED GREEN')`) and `EnumType` (alias
`EnumMeta`), the metaclass that makes a class body's names into members.

Written for hotpy with its metaclasses: `EnumType.__prepare__` gives the body an `_EnumDict`
that records member names in definition order and resolves `auto()`; `EnumType.__new__`
makes the members (through the class's own `__new__` or its data type's, then `__init__`
with the value's items), and `EnumType.__call__`, `__getitem__`, `__iter__`, `__len__`,
`__contains__` and `__setattr__` give the class its behaviour. Not here: pickling support,
`_ignore_` beyond plain names, `Flag` boundaries other than 3.11's defaults."""

__all__ = [
    "EnumType", "EnumMeta", "Enum", "IntEnum", "StrEnum", "Flag", "IntFlag",
    "ReprEnum", "auto", "unique", "property", "verify", "member", "nonmember",
    "global_enum", "KEEP", "STRICT", "CONFORM", "EJECT", "FlagBoundary",
]

_auto_null = object()
_builtin_property = property


class auto:
    """A member value to be chosen by `_generate_next_value_`."""

    def __init__(self, value=_auto_null):
        self.value = value

    def __repr__(self):
        return "auto(%r)" % (self.value,)

    # In hotpy a class body's names are bound before the namespace sees them, so a body
    # that combines auto() members (`RW = R | W`) combines auto objects: the result is an
    # auto resolved from theirs when it is stored, after them.
    def __or__(self, other):
        return _DeferredAuto(lambda a, b: a | b, self, other)

    def __and__(self, other):
        return _DeferredAuto(lambda a, b: a & b, self, other)

    def __xor__(self, other):
        return _DeferredAuto(lambda a, b: a ^ b, self, other)

    def __add__(self, other):
        return _DeferredAuto(lambda a, b: a + b, self, other)

    def __invert__(self):
        return _DeferredAuto(lambda a, b: ~a, self, None)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


class _DeferredAuto(auto):
    """An operation on auto() values, resolved when the member is stored."""

    def __init__(self, op, left, right):
        super().__init__()
        self.op = op
        self.left = left
        self.right = right

    def resolve(self):
        def value_of(v):
            if isinstance(v, _DeferredAuto) and v.value is _auto_null:
                v.value = v.resolve()
            if isinstance(v, auto):
                return v.value
            return v

        return self.op(value_of(self.left), value_of(self.right))


class member:
    """Forces an attribute to be a member."""

    def __init__(self, value):
        self.value = value


class nonmember:
    """Keeps an attribute from becoming a member."""

    def __init__(self, value):
        self.value = value


class property:
    """The `name` and `value` of members (a data descriptor that reads the member)."""

    def __init__(self, fget=None, fset=None, fdel=None, doc=None):
        self.fget = fget
        self.fset = fset
        self.fdel = fdel
        self.__doc__ = doc

    def __set_name__(self, owner, name):
        self.name = name
        self.clsname = owner.__name__

    def __get__(self, instance, ownerclass=None):
        if instance is None:
            member_map = getattr(ownerclass, "_member_map_", {})
            if self.name in member_map:
                return member_map[self.name]
            return self
        if self.fget is None:
            raise AttributeError("%r has no attribute %r" % (ownerclass, self.name))
        return self.fget(instance)

    def __set__(self, instance, value):
        if self.fset is None:
            raise AttributeError(
                "<enum %r> cannot set attribute %r" % (self.clsname, self.name)
            )
        self.fset(instance, value)

    def __delete__(self, instance):
        if self.fdel is None:
            raise AttributeError(
                "<enum %r> cannot delete attribute %r" % (self.clsname, self.name)
            )
        self.fdel(instance)

    def getter(self, fget):
        return type(self)(fget, self.fset, self.fdel, self.__doc__)


def _is_dunder(name):
    return len(name) > 4 and name[:2] == name[-2:] == "__" and name[2] != "_" and name[-3] != "_"


def _is_sunder(name):
    return len(name) > 2 and name[0] == name[-1] == "_" and name[1] != "_" and name[-2] != "_"


def _is_private(cls_name, name):
    pattern = "_%s__" % (cls_name,)
    return len(name) > len(pattern) and name.startswith(pattern) and not name.endswith("__")


def _is_descriptor(obj):
    return (
        hasattr(obj, "__get__") or hasattr(obj, "__set__") or hasattr(obj, "__delete__")
    ) and not isinstance(obj, (auto, member))


def _is_single_bit(num):
    if num == 0:
        return False
    num &= num - 1
    return num == 0


def _bits(num):
    """The powers of two in `num`, lowest first."""
    out = []
    bit = 1
    while bit <= num:
        if num & bit:
            out.append(bit)
        bit <<= 1
    return out


class _MappingProxy:
    """A read-only view of a dict (CPython's `mappingproxy`)."""

    def __init__(self, mapping):
        self._mapping = mapping

    def __getitem__(self, key):
        return self._mapping[key]

    def __iter__(self):
        return iter(self._mapping)

    def __len__(self):
        return len(self._mapping)

    def __contains__(self, key):
        return key in self._mapping

    def keys(self):
        return self._mapping.keys()

    def values(self):
        return self._mapping.values()

    def items(self):
        return self._mapping.items()

    def get(self, key, default=None):
        return self._mapping.get(key, default)

    def copy(self):
        return dict(self._mapping)

    def __eq__(self, other):
        return self._mapping == other

    def __repr__(self):
        return "mappingproxy(%r)" % (self._mapping,)


class FlagBoundary:
    STRICT = "strict"
    CONFORM = "conform"
    EJECT = "eject"
    KEEP = "keep"


STRICT = FlagBoundary.STRICT
CONFORM = FlagBoundary.CONFORM
EJECT = FlagBoundary.EJECT
KEEP = FlagBoundary.KEEP


class _EnumDict(dict):
    """The namespace of an enum class body: records member names in order, resolves
    `auto()` and refuses reused names."""

    def __init__(self):
        super().__init__()
        self._member_names = {}
        self._last_values = []
        self._ignore = []
        self._cls_name = None
        self._generate_next_value = None

    def __setitem__(self, key, value):
        if _is_private(self._cls_name or "", key):
            pass
        elif _is_sunder(key):
            if key == "_generate_next_value_":
                if isinstance(value, staticmethod):
                    value = value.__func__
                self._generate_next_value = value
            elif key == "_ignore_":
                if isinstance(value, str):
                    value = value.replace(",", " ").split()
                self._ignore = list(value)
        elif _is_dunder(key):
            if key == "__order__":
                key = "_order_"
        elif key in self._member_names:
            raise TypeError("%r already defined as %r" % (key, self[key]))
        elif key in self._ignore:
            pass
        elif isinstance(value, nonmember):
            value = value.value
        elif _is_descriptor(value):
            pass
        else:
            if key in self:
                raise TypeError("%r already defined as %r" % (key, self[key]))
            if isinstance(value, member):
                value = value.value
            if isinstance(value, _DeferredAuto) and value.value is _auto_null:
                value.value = value.resolve()
            if isinstance(value, auto):
                if value.value is _auto_null:
                    gen = self._generate_next_value
                    value.value = gen(key, 1, len(self._member_names), self._last_values[:])
                value = value.value
            elif isinstance(value, tuple) and any(isinstance(v, auto) for v in value):
                items = []
                for v in value:
                    if isinstance(v, auto):
                        if v.value is _auto_null:
                            gen = self._generate_next_value
                            v.value = gen(key, 1, len(self._member_names), self._last_values[:])
                        v = v.value
                    items.append(v)
                value = tuple(items)
            self._member_names[key] = None
            self._last_values.append(value)
        super().__setitem__(key, value)


class EnumType(type):
    """The metaclass of enumerations."""

    @classmethod
    def __prepare__(metacls, cls, bases, **kwds):
        enum_dict = _EnumDict()
        enum_dict._cls_name = cls
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        if first_enum is not None:
            enum_dict._generate_next_value = getattr(
                first_enum, "_generate_next_value_", None
            )
        return enum_dict

    def __new__(metacls, cls, bases, classdict, *, boundary=None, _simple=False, **kwds):
        member_names = list(classdict._member_names) if isinstance(classdict, _EnumDict) else []
        ignore = classdict.get("_ignore_", [])
        if isinstance(ignore, str):
            ignore = ignore.replace(",", " ").split()
        for key in list(ignore) + ["_ignore_"]:
            classdict.pop(key, None)
        member_type, first_enum = metacls._get_mixins_(cls, bases)
        members = {name: classdict[name] for name in member_names}
        namespace = {k: v for k, v in classdict.items() if k not in members}
        namespace.pop("_order_", None)
        namespace["_member_names_"] = []
        namespace["_member_map_"] = {}
        namespace["_value2member_map_"] = {}
        namespace["_member_type_"] = member_type
        namespace["_boundary_"] = (
            boundary or classdict.get("_boundary_") or getattr(first_enum, "_boundary_", None)
        )
        namespace["_flag_mask_"] = 0
        namespace["_all_bits_"] = 0
        namespace["_singles_mask_"] = 0
        invalid = set(members) & {"mro", ""}
        if invalid:
            raise ValueError("invalid enum member name(s) %s" % ", ".join(sorted(invalid)))
        # The class's own __new__ makes its members (kept as `_new_member_`); looking a
        # member up by value is Enum.__new__'s work (`Color(1)`).
        new_member = namespace.get("__new__") if Enum is not None else None
        if isinstance(new_member, staticmethod):
            new_member = new_member.__func__
        if new_member is None:
            for base in bases:
                for klass in getattr(base, "__mro__", ()):
                    found = klass.__dict__.get("_new_member_")
                    if found is not None and found is not object.__new__:
                        new_member = found
                        break
                if new_member is not None:
                    break
        use_args = True
        if new_member is None:
            if member_type is object:
                use_args = False
                new_member = object.__new__
            else:
                new_member = member_type.__new__
        namespace["_new_member_"] = new_member
        namespace["_use_args_"] = use_args
        if Enum is not None and "__new__" in namespace:
            del namespace["__new__"]
        enum_class = super().__new__(metacls, cls, bases, namespace, **kwds)
        if first_enum is not None:
            # The data type (`int` for IntEnum) precedes Enum in the MRO: its `__new__`,
            # `__repr__`... must not stand in for Enum's (CPython's EnumType does the same).
            if "__new__" not in classdict:
                type.__setattr__(enum_class, "__new__", Enum.__dict__["__new__"])
            for name in ("__repr__", "__str__", "__format__", "__reduce_ex__"):
                if name in classdict:
                    continue
                enum_method = getattr(first_enum, name, None)
                found_method = getattr(enum_class, name, None)
                object_method = getattr(object, name, None)
                data_type_method = getattr(member_type, name, None)
                if enum_method is not None and found_method in (data_type_method, object_method):
                    type.__setattr__(enum_class, name, enum_method)
        for name in member_names:
            value = members[name]
            enum_class._add_member_(name, value)
        if Flag is not None and issubclass(enum_class, Flag):
            all_bits = 0
            singles = 0
            for m in enum_class._member_map_.values():
                v = m._value_
                if isinstance(v, int):
                    all_bits |= v
                    if _is_single_bit(v):
                        singles |= v
            type.__setattr__(enum_class, "_flag_mask_", all_bits)
            type.__setattr__(enum_class, "_singles_mask_", singles)
            top = all_bits.bit_length()
            type.__setattr__(enum_class, "_all_bits_", (1 << top) - 1 if top else 0)
        return enum_class

    def _add_member_(cls, name, value):
        if isinstance(value, tuple):
            args = value
        else:
            args = (value,)
        if cls._member_type_ is tuple:
            args = (args,)
        new_member = cls._new_member_
        if not cls._use_args_:
            enum_member = new_member(cls)
        else:
            enum_member = new_member(cls, *args)
        if not hasattr(enum_member, "_value_"):
            if cls._member_type_ is object:
                enum_member._value_ = value
            else:
                try:
                    enum_member._value_ = cls._member_type_(*args)
                except Exception:
                    enum_member._value_ = value
        value = enum_member._value_
        enum_member._name_ = name
        enum_member.__objclass__ = cls
        init = cls.__dict__.get("__init__")
        if init is None:
            for klass in cls.__mro__[1:]:
                if "__init__" in klass.__dict__:
                    init = klass.__dict__["__init__"]
                    break
        if init is not None and init is not object.__init__ and init is not Enum.__init__:
            init(enum_member, *args)
        enum_member._sort_order_ = len(cls._member_names_)
        # An alias: an earlier member with an equal value.
        existing = None
        try:
            existing = cls._value2member_map_.get(value)
        except TypeError:
            for m in cls._member_map_.values():
                if m._value_ == value:
                    existing = m
                    break
        if existing is not None:
            enum_member = existing
        elif (
            Flag is not None
            and issubclass(cls, Flag)
            and isinstance(value, int)
            and not _is_single_bit(value)
        ):
            pass  # a flag of no bit or several bits is not iterated over (3.11)
        else:
            cls._member_names_.append(name)
        cls._member_map_[name] = enum_member
        try:
            cls._value2member_map_.setdefault(value, enum_member)
        except TypeError:
            pass
        # Members are class attributes unless a descriptor (`name`, `value`...) is in the way.
        found = None
        for klass in cls.__mro__:
            if name in klass.__dict__:
                found = klass.__dict__[name]
                break
        if found is None or not _is_descriptor(found) or isinstance(found, property):
            type.__setattr__(cls, name, enum_member)

    def __call__(cls, value, names=None, *, module=None, qualname=None, type=None, start=1, boundary=None):
        if names is None:
            return cls.__new__(cls, value)
        return cls._create_(value, names, module=module, qualname=qualname, type=type, start=start, boundary=boundary)

    def _create_(cls, class_name, names, *, module=None, qualname=None, type=None, start=1, boundary=None):
        metacls = cls.__class__
        bases = (cls,) if type is None else (type, cls)
        _, first_enum = cls._get_mixins_(class_name, bases)
        classdict = metacls.__prepare__(class_name, bases)
        if isinstance(names, str):
            names = names.replace(",", " ").split()
        if isinstance(names, (tuple, list)) and names and isinstance(names[0], str):
            original_names, names = names, []
            last_values = []
            for count, name in enumerate(original_names):
                value = first_enum._generate_next_value_(name, start, count, last_values[:])
                last_values.append(value)
                names.append((name, value))
        if isinstance(names, dict):
            names = list(names.items())
        for item in names:
            if isinstance(item, str):
                member_name, member_value = item, names[item]
            else:
                member_name, member_value = item
            classdict[member_name] = member_value
        if module is None:
            module = "__main__"
        classdict["__module__"] = module
        if qualname is not None:
            classdict["__qualname__"] = qualname
        return metacls.__new__(metacls, class_name, bases, classdict, boundary=boundary)

    def _convert_(cls, name, module, filter, source=None, *, boundary=None, as_global=False):
        """An enum `name` of this type made from the globals of `module` (or of `source`)
        whose names pass `filter`, put into that module with its members (the standard
        library's `signal.Signals`, `socket.AddressFamily`, `re.RegexFlag`...)."""
        import sys

        module_globals = sys.modules[module].__dict__
        source = source.__dict__ if source else module_globals
        members = [(key, value) for key, value in source.items() if filter(key)]
        try:
            # Sorted by value, then name: the first name of a value is its member.
            members.sort(key=lambda t: (t[1], t[0]))
        except TypeError:
            members.sort(key=lambda t: t[0])
        made = cls(name, members, module=module, boundary=boundary)
        if as_global:
            global_enum(made)
        else:
            module_globals.update(made.__members__)
        module_globals[name] = made
        return made

    @staticmethod
    def _get_mixins_(class_name, bases):
        if not bases:
            return object, Enum
        last = bases[-1]
        if Enum is not None and not (isinstance(last, EnumType) and issubclass(last, Enum)):
            raise TypeError("new enumerations should be created as "
                            "`EnumName([mixin_type, ...] [data_type,] enum_type)`")
        for base in bases:
            if isinstance(base, EnumType) and base._member_names_:
                raise TypeError("<enum %r> cannot extend <enum %r>" % (class_name, base.__name__))
        member_type = object
        for chain in bases:
            if chain in (int, str, float, bytes, tuple, frozenset):
                member_type = chain
                break
            for base in chain.__mro__:
                if base is object:
                    continue
                if isinstance(base, EnumType):
                    if base._member_type_ is not object:
                        member_type = base._member_type_
                        break
                    continue
                if base in (int, str, float, bytes, tuple, frozenset):
                    member_type = base
                    break
                if "__new__" in base.__dict__ and not isinstance(base, EnumType):
                    member_type = base
                    break
            if member_type is not object:
                break
        return member_type, last

    def __bool__(cls):
        return True

    def __contains__(cls, member):
        if not isinstance(member, Enum):
            raise TypeError(
                "unsupported operand type(s) for 'in': '%s' and '%s'"
                % (type(member).__qualname__, cls.__class__.__qualname__)
            )
        return isinstance(member, cls) and member._name_ in cls._member_map_

    def __delattr__(cls, attr):
        if attr in cls._member_map_:
            raise AttributeError("%r cannot delete member %r." % (cls.__name__, attr))
        super().__delattr__(attr)

    def __getitem__(cls, name):
        return cls._member_map_[name]

    def __iter__(cls):
        return (cls._member_map_[name] for name in cls._member_names_)

    def __reversed__(cls):
        return (cls._member_map_[name] for name in reversed(cls._member_names_))

    def __len__(cls):
        return len(cls._member_names_)

    @_builtin_property
    def __members__(cls):
        return _MappingProxy(cls._member_map_)

    def __repr__(cls):
        if Flag is not None and issubclass(cls, Flag):
            return "<flag %r>" % cls.__name__
        return "<enum %r>" % cls.__name__

    def __setattr__(cls, name, value):
        member_map = cls.__dict__.get("_member_map_", {})
        if name in member_map:
            raise AttributeError("cannot reassign member %r" % (name,))
        super().__setattr__(name, value)

    def __dir__(cls):
        return ["__class__", "__doc__", "__members__", "__module__"] + list(cls._member_names_)


EnumMeta = EnumType
Enum = None
Flag = None


class Enum(metaclass=EnumType):
    """A set of named, unique values (members are the class's instances)."""

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not last_values:
            return start
        for value in reversed(last_values):
            try:
                return value + 1
            except TypeError:
                continue
        return start

    def __new__(cls, value):
        # Lookup of a member by value (members themselves are made by EnumType).
        if type(value) is cls:
            return value
        try:
            return cls._value2member_map_[value]
        except (KeyError, TypeError):
            pass
        for member in cls._member_map_.values():
            if member._value_ == value:
                return member
        result = cls._missing_(value)
        if isinstance(result, cls):
            return result
        if Flag is not None and issubclass(cls, Flag):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        if result is None:
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        raise TypeError(
            "error in %s._missing_: returned %r instead of None or a valid member"
            % (cls.__name__, result)
        )

    def __init__(self, *args, **kwds):
        pass

    @classmethod
    def _missing_(cls, value):
        return None

    def __repr__(self):
        v_repr = self.__class__._value_repr_ or repr
        return "<%s.%s: %s>" % (self.__class__.__name__, self._name_, v_repr(self._value_))

    def __str__(self):
        return "%s.%s" % (self.__class__.__name__, self._name_)

    def __format__(self, format_spec):
        return format(str(self), format_spec)

    def __dir__(self):
        names = ["__class__", "__doc__", "__eq__", "__hash__", "__module__", "name", "value"]
        for klass in type(self).__mro__:
            for key in klass.__dict__:
                if klass in (Enum, object) or key.startswith("_"):
                    continue
                if key not in names and key not in type(self)._member_map_:
                    names.append(key)
        return sorted(names)

    def __hash__(self):
        return hash(self._name_)

    def __reduce_ex__(self, proto):
        return self.__class__, (self._value_,)

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self

    @property
    def name(self):
        """The name of the member."""
        return self._name_

    @property
    def value(self):
        """The value of the member."""
        return self._value_


Enum._value_repr_ = None


class ReprEnum(Enum):
    """Members whose str() and format() are their data type's (repr stays the enum's)."""


class IntEnum(int, ReprEnum):
    """Enum members that are also ints."""

    def __str__(self):
        return repr(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)


class StrEnum(str, ReprEnum):
    """Enum members that are also strs (`auto()` gives the lower-cased name)."""

    def __new__(cls, *values):
        if len(values) > 3:
            raise TypeError("too many arguments for str(): %r" % (values,))
        if len(values) == 1 and not isinstance(values[0], str):
            raise TypeError("%r is not a string" % (values[0],))
        value = str(*values)
        member = str.__new__(cls, value)
        member._value_ = value
        return member

    def __str__(self):
        return str(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        return name.lower()


class Flag(Enum):
    """Members that combine with the bitwise operators (`auto()` gives powers of two)."""

    _boundary_ = STRICT

    @staticmethod
    def _generate_next_value_(name, start, count, last_values):
        if not count:
            return start if start is not None else 1
        last_value = max(last_values)
        return 2 ** last_value.bit_length()

    @classmethod
    def _missing_(cls, value):
        if not isinstance(value, int):
            raise ValueError("%r is not a valid %s" % (value, cls.__qualname__))
        flag_mask = cls._flag_mask_
        all_bits = cls._all_bits_
        neg_value = None
        if value < 0:
            neg_value = value
            value = all_bits + 1 + value
        unknown = value & ~flag_mask
        boundary = cls._boundary_
        if unknown and boundary == STRICT:
            max_bits = max(value.bit_length(), flag_mask.bit_length())
            raise ValueError(
                "%r invalid value %r\n    given %s\n  allowed %s"
                % (cls, value, _bin(value, max_bits), _bin(flag_mask, max_bits))
            )
        if unknown and boundary == CONFORM:
            value = value & flag_mask
            unknown = 0
        if unknown and boundary == EJECT:
            return value
        if cls._member_type_ is object:
            pseudo = object.__new__(cls)
        else:
            pseudo = cls._member_type_.__new__(cls, value)
        if not hasattr(pseudo, "_value_"):
            pseudo._value_ = value
        members = [m for m in cls if m._value_ & value == m._value_ and m._value_]
        covered = 0
        for m in members:
            covered |= m._value_
        if members and covered == value:
            pseudo._name_ = "|".join(m._name_ for m in members)
        elif members and unknown:
            pseudo._name_ = "|".join([m._name_ for m in members] + [str(unknown)])
        else:
            pseudo._name_ = None
        if neg_value is None or True:
            cls._value2member_map_.setdefault(value, pseudo)
        return pseudo

    def __contains__(self, other):
        if not isinstance(other, self.__class__):
            raise TypeError(
                "unsupported operand type(s) for 'in': %r and %r"
                % (type(other).__qualname__, self.__class__.__qualname__)
            )
        return other._value_ & self._value_ == other._value_

    def __iter__(self):
        for bit in _bits(self._value_):
            member = self.__class__._value2member_map_.get(bit)
            if member is not None and member._name_ in self.__class__._member_map_:
                yield member

    def __len__(self):
        return len(list(self.__iter__()))

    def __repr__(self):
        cls_name = self.__class__.__name__
        v_repr = self.__class__._value_repr_ or repr
        if self._name_ is None:
            return "<%s: %s>" % (cls_name, v_repr(self._value_))
        return "<%s.%s: %s>" % (cls_name, self._name_, v_repr(self._value_))

    def __str__(self):
        cls_name = self.__class__.__name__
        if self._name_ is None:
            return "%s(%r)" % (cls_name, self._value_)
        return "%s.%s" % (cls_name, self._name_)

    def __bool__(self):
        return bool(self._value_)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif self._member_type_ is not object and isinstance(other, self._member_type_):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    def __invert__(self):
        if self._member_type_ is not object and self._boundary_ == KEEP:
            return self.__class__(~self._value_)
        return self.__class__(self.__class__._flag_mask_ ^ self._value_)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


Flag._value_repr_ = None


class IntFlag(int, ReprEnum, Flag, boundary=KEEP):
    """Flags that are also ints."""

    _boundary_ = KEEP

    def __str__(self):
        return repr(self._value_)

    def __format__(self, format_spec):
        return format(self._value_, format_spec)

    def __or__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif isinstance(other, int):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ | other)

    def __and__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif isinstance(other, int):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ & other)

    def __xor__(self, other):
        if isinstance(other, self.__class__):
            other = other._value_
        elif isinstance(other, int):
            pass
        else:
            return NotImplemented
        return self.__class__(self._value_ ^ other)

    __ror__ = __or__
    __rand__ = __and__
    __rxor__ = __xor__


def _bin(num, max_bits=None):
    ceiling = 2 ** num.bit_length()
    if num >= 0:
        s = bin(num + ceiling).replace("1", "0", 1)
    else:
        s = bin(~num ^ (ceiling - 1) + ceiling)
    sign = s[:3]
    digits = s[3:]
    if max_bits is not None:
        if len(digits) < max_bits:
            digits = (sign[-1] * max_bits + digits)[-max_bits:]
    return "%s %s" % (sign, digits)


def unique(enumeration):
    """Class decorator: a ValueError if any member is an alias."""
    duplicates = []
    for name, member in enumeration.__members__.items():
        if name != member.name:
            duplicates.append((name, member.name))
    if duplicates:
        alias_details = ", ".join("%s -> %s" % (alias, name) for (alias, name) in duplicates)
        raise ValueError("duplicate values found in %r: %s" % (enumeration, alias_details))
    return enumeration


def verify(*checks):
    """Class decorator (checks are accepted and not enforced)."""

    def decorate(enumeration):
        return enumeration

    return decorate


def global_enum(cls):
    """Class decorator: the members become globals of the defining module."""
    import sys

    module = sys.modules.get(cls.__module__)
    if module is not None:
        for name, member in cls.__members__.items():
            setattr(module, name, member)
    return cls


def _simple_enum(etype=Enum, *, boundary=None, use_args=None):
    """Class decorator (CPython's helper for the standard library's enums, such as
    http.HTTPStatus and uuid.SafeUUID): the plain class becomes an enum of `etype`, as if
    it had been written with `etype` as its base (its public attributes the members, its
    methods, `__new__` included, the enum's)."""

    def convert_class(cls):
        metacls = type(etype)
        bases = (etype,)
        classdict = metacls.__prepare__(cls.__name__, bases)
        for name, value in cls.__dict__.items():
            if name in ("__dict__", "__weakref__"):
                continue
            classdict[name] = value
        kwds = {} if boundary is None else {"boundary": boundary}
        enum_class = metacls(cls.__name__, bases, classdict, **kwds)
        enum_class.__qualname__ = cls.__qualname__
        enum_class.__module__ = cls.__module__
        return enum_class

    return convert_class
