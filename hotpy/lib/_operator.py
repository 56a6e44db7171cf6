"""hotpy's `_operator`: what CPython's C module does differently from the pure Python
`operator.py` (which imports everything from here over its own definitions): `index`'s
TypeError, and `itemgetter`/`attrgetter` whose call is one Python frame, not two (a sort
with `key=itemgetter(0)` took half as long again with the pure ones)."""

__all__ = ["index", "itemgetter", "attrgetter"]


def index(a):
    "Same as a.__index__()"
    if type(a) is int:
        return a
    try:
        method = type(a).__index__
    except AttributeError:
        raise TypeError(f"'{type(a).__name__}' object cannot be interpreted as an integer") from None
    result = method(a)
    if not isinstance(result, int):
        raise TypeError(f"__index__ returned non-int (type {type(result).__name__})")
    return result


class itemgetter:
    """
    Return a callable object that fetches the given item(s) from its operand.
    After f = itemgetter(2), the call f(r) returns r[2].
    After g = itemgetter(2, 5, 3), the call g(r) returns (r[2], r[5], r[3])
    """
    __slots__ = ("_items", "_item", "_single")
    __module__ = "operator"

    def __init__(self, *items):
        if not items:
            raise TypeError("itemgetter expected 1 argument, got 0")
        self._single = len(items) == 1
        self._item = items[0]
        self._items = items

    def __call__(self, obj, /):
        if self._single:
            return obj[self._item]
        return tuple([obj[i] for i in self._items])

    def __repr__(self):
        return "operator.itemgetter(%s)" % ", ".join(map(repr, self._items))

    def __reduce__(self):
        return self.__class__, self._items


class attrgetter:
    """
    Return a callable object that fetches the given attribute(s) from its operand.
    After f = attrgetter('name'), the call f(r) returns r.name.
    After g = attrgetter('name', 'date'), the call g(r) returns (r.name, r.date).
    After h = attrgetter('name.first', 'name.last'), the call h(r) returns
    (r.name.first, r.name.last).
    """
    __slots__ = ("_attrs", "_paths", "_single")
    __module__ = "operator"

    def __init__(self, *attrs):
        if not attrs:
            raise TypeError("attrgetter expected 1 argument, got 0")
        self._attrs = attrs
        for a in self._attrs:
            if not isinstance(a, str):
                raise TypeError("attribute name must be a string")
        self._paths = tuple([tuple(a.split(".")) for a in self._attrs])
        self._single = len(attrs) == 1 and len(self._paths[0]) == 1

    def __call__(self, obj, /):
        if self._single:
            return getattr(obj, self._attrs[0])
        result = []
        for path in self._paths:
            value = obj
            for name in path:
                value = getattr(value, name)
            result.append(value)
        if len(self._paths) == 1:
            return result[0]
        return tuple(result)

    def __repr__(self):
        return "operator.attrgetter(%s)" % ", ".join(map(repr, self._attrs))

    def __reduce__(self):
        return self.__class__, self._attrs


def _compare_digest(a, b):
    """Return 'a == b' taking as long whatever the operands hold (`hmac.compare_digest`):
    two ASCII strs or two bytes-like objects."""
    if isinstance(a, str) and isinstance(b, str):
        if not (a.isascii() and b.isascii()):
            raise TypeError("comparing strings with non-ASCII characters is not supported")
        a, b = a.encode("ascii"), b.encode("ascii")
    elif not (isinstance(a, bytes) and isinstance(b, bytes)):
        raise TypeError(f"unsupported operand types(s) or combination of types: "
                        f"'{type(a).__name__}' and '{type(b).__name__}'")
    a, b = bytes(a), bytes(b)
    # Every byte is looked at, whatever the first difference.
    result = len(a) ^ len(b)
    other = b if len(a) == len(b) else a
    for x, y in zip(a, other):
        result |= x ^ y
    return result == 0


def _mark_operator_functions():
    # CPython's operator.py imports this module at its end, its own pure functions defined by
    # then: those stand for _operator's C functions, so they are marked as builtin functions
    # (never bound as methods when found on a class: `class A: add = operator.add`).
    import sys
    import _cfunctions
    module = sys.modules.get("operator")
    if module is not None:
        _cfunctions.mark(vars(module), "operator")


_mark_operator_functions()
del _mark_operator_functions
