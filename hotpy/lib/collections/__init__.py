"""hotpy's collections: deque, defaultdict, OrderedDict, Counter, namedtuple, ChainMap and the
User* wrappers, written in Python over hotpy's builtin list and dict (deque is not a list
subclass; defaultdict, OrderedDict and Counter are dict subclasses)."""

__all__ = [
    "ChainMap",
    "Counter",
    "OrderedDict",
    "UserDict",
    "UserList",
    "UserString",
    "defaultdict",
    "deque",
    "namedtuple",
]

import _thread

# (id, thread) of the objects whose repr is being written (deque, _recursive_repr).
_repr_running = set()


class deque:
    """A double-ended queue: a ring buffer in a list (`_buf`, its length a power of two),
    `_head` the index of the first item, `_size` the count. Appends and pops at either end
    are O(1), indexing too; `_state` changes with every change of size, for iterators."""

    __slots__ = ("_buf", "_head", "_size", "_maxlen", "_state", "_lock", "__weakref__",
                 "__dict__")

    def __init__(self, iterable=(), maxlen=None):
        if maxlen is not None:
            if not isinstance(maxlen, int):
                raise TypeError("an integer is required")
            if maxlen < 0:
                raise ValueError("maxlen must be non-negative")
        self._maxlen = maxlen
        # Each change runs under this lock: with --sync=locks or stm threads run at once,
        # and CPython's deque operations are atomic.
        self._lock = _thread.allocate_lock()
        self._buf = [None] * 8
        self._head = 0
        self._size = 0
        self._state = 0
        if iterable is not self:
            self.extend(iterable)
        else:
            self.extend(list(iterable))

    @property
    def maxlen(self):
        return self._maxlen

    @maxlen.setter
    def maxlen(self, value):
        raise AttributeError("attribute 'maxlen' of 'collections.deque' objects is not writable")

    def _grow(self):
        buf, head, size = self._buf, self._head, self._size
        cap = len(buf)
        self._buf = [buf[(head + i) & (cap - 1)] for i in range(size)] + [None] * (cap * 2 - size)
        self._head = 0

    def _drop(self, at):
        """Forgets the item in buffer slot `at` (an end), under the lock."""
        self._buf[at] = None
        self._size -= 1

    def _slot(self, i):
        """The buffer index of item `i` (0 <= i < size)."""
        return (self._head + i) & (len(self._buf) - 1)

    def append(self, x):
        with self._lock:
            if self._maxlen == 0:
                return
            if self._size == len(self._buf):
                self._grow()
            self._buf[(self._head + self._size) & (len(self._buf) - 1)] = x
            self._size += 1
            self._state += 1
            if self._maxlen is not None and self._size > self._maxlen:
                self._drop(self._head)
                self._head = (self._head + 1) & (len(self._buf) - 1)

    def appendleft(self, x):
        with self._lock:
            if self._maxlen == 0:
                return
            if self._size == len(self._buf):
                self._grow()
            self._head = (self._head - 1) & (len(self._buf) - 1)
            self._buf[self._head] = x
            self._size += 1
            self._state += 1
            if self._maxlen is not None and self._size > self._maxlen:
                self._drop((self._head + self._size - 1) & (len(self._buf) - 1))

    def pop(self):
        with self._lock:
            if not self._size:
                raise IndexError("pop from an empty deque")
            self._size -= 1
            self._state += 1
            at = (self._head + self._size) & (len(self._buf) - 1)
            x = self._buf[at]
            self._buf[at] = None
            return x

    def popleft(self):
        with self._lock:
            if not self._size:
                raise IndexError("pop from an empty deque")
            at = self._head
            x = self._buf[at]
            self._buf[at] = None
            self._head = (at + 1) & (len(self._buf) - 1)
            self._size -= 1
            self._state += 1
            return x

    def extend(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        if iterable is self:
            iterable = list(iterable)
        for x in iterable:
            self.appendleft(x)

    def _items(self):
        buf, head, mask = self._buf, self._head, len(self._buf) - 1
        return [buf[(head + i) & mask] for i in range(self._size)]

    def _replace(self, items):
        with self._lock:
            cap = 8
            while cap < len(items):
                cap *= 2
            self._buf = list(items) + [None] * (cap - len(items))
            self._head = 0
            self._size = len(items)
            self._state += 1

    def rotate(self, n=1, /):
        n = _index(n)
        size = self._size
        if size > 1:
            n %= size
            if n:
                items = self._items()
                self._replace(items[-n:] + items[:-n])

    def clear(self):
        with self._lock:
            self._buf = [None] * 8
            self._head = 0
            self._size = 0
            self._state += 1

    def copy(self):
        return self.__copy__()

    def __copy__(self):
        cls = type(self)
        if cls is deque:
            return deque(self, self._maxlen)
        return cls(self) if self._maxlen is None else cls(self, self._maxlen)

    def count(self, x, /):
        state = self._state
        n = 0
        for i in range(self._size):
            item = self._buf[self._slot(i)]
            if item is x or item == x:
                n += 1
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return n

    def index(self, x, start=0, stop=None, /):
        size = self._size
        start = _clamp(_index(start), size)
        stop = size if stop is None else _clamp(_index(stop), size)
        state = self._state
        for i in range(start, min(stop, self._size)):
            item = self._buf[self._slot(i)]
            if item is x or item == x:
                return i
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        raise ValueError("%r is not in deque" % (x,))

    def insert(self, i, x, /):
        i = _index(i)
        if self._maxlen is not None and self._size >= self._maxlen:
            raise IndexError("deque already at its maximum size")
        items = self._items()
        items.insert(i, x)
        self._replace(items)

    def remove(self, value, /):
        for i in range(self._size):
            item = self._buf[self._slot(i)]
            if item is value or item == value:
                del self[i]
                return
        raise ValueError("%r is not in deque" % (value,))

    def reverse(self):
        items = self._items()
        items.reverse()
        state = self._state
        self._replace(items)
        self._state = state

    def _position(self, i):
        if not isinstance(i, int):
            if not hasattr(type(i), "__index__"):
                raise TypeError("sequence index must be integer, not '%s'" % type(i).__name__)
            i = type(i).__index__(i)
        if i < 0:
            i += self._size
        if not 0 <= i < self._size:
            raise IndexError("deque index out of range")
        return i

    def __getitem__(self, i):
        return self._buf[self._slot(self._position(i))]

    def __setitem__(self, i, x):
        with self._lock:
            self._buf[self._slot(self._position(i))] = x

    def __delitem__(self, i):
        i = self._position(i)
        if i == 0:
            self.popleft()
        elif i == self._size - 1:
            self.pop()
        else:
            items = self._items()
            del items[i]
            self._replace(items)

    def __len__(self):
        return self._size

    def __bool__(self):
        return self._size > 0

    def __contains__(self, x):
        state = self._state
        for i in range(self._size):
            item = self._buf[self._slot(i)]
            if item is x or item == x:
                return True
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
        return False

    def __iter__(self):
        state = self._state
        for i in range(self._size):
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            yield self._buf[self._slot(i)]
        if state != self._state:
            raise RuntimeError("deque mutated during iteration")

    def __reversed__(self):
        state = self._state
        for i in range(self._size - 1, -1, -1):
            if state != self._state:
                raise RuntimeError("deque mutated during iteration")
            yield self._buf[self._slot(i)]

    def __add__(self, other):
        if not isinstance(other, deque):
            raise TypeError('can only concatenate deque (not "%s") to deque'
                            % type(other).__name__)
        result = self.__copy__()
        result.extend(other)
        return result

    def __iadd__(self, other):
        self.extend(other)
        return self

    def __mul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), "__index__"):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        result = self.__copy__()
        result *= n
        return result

    __rmul__ = __mul__

    def __imul__(self, n):
        if not isinstance(n, int) and not hasattr(type(n), "__index__"):
            raise TypeError("can't multiply sequence by non-int of type '%s'"
                            % type(n).__name__)
        n = _index(n)
        items = self._items()
        if n <= 0:
            self.clear()
        elif n > 1:
            for _ in range(n - 1):
                self.extend(items)
        return self

    def _compare(self, other, op):
        if not isinstance(other, deque):
            return NotImplemented
        return op(self._items(), other._items())

    def __eq__(self, other):
        return self._compare(other, lambda a, b: a == b)

    def __ne__(self, other):
        return self._compare(other, lambda a, b: a != b)

    def __lt__(self, other):
        return self._compare(other, lambda a, b: a < b)

    def __le__(self, other):
        return self._compare(other, lambda a, b: a <= b)

    def __gt__(self, other):
        return self._compare(other, lambda a, b: a > b)

    def __ge__(self, other):
        return self._compare(other, lambda a, b: a >= b)

    __hash__ = None

    def __reduce__(self):
        args = () if self._maxlen is None else ((), self._maxlen)
        return type(self), args, None, iter(self._items())

    def __class_getitem__(cls, item):
        import types
        return types.GenericAlias(cls, item)

    def __repr__(self):
        # A deque met again inside its own repr shows as [...], as CPython's.
        key = (id(self), _thread.get_ident())
        if key in _repr_running:
            return "[...]"
        _repr_running.add(key)
        try:
            name = type(self).__name__
            if self._maxlen is None:
                return "%s(%r)" % (name, self._items())
            return "%s(%r, maxlen=%d)" % (name, self._items(), self._maxlen)
        finally:
            _repr_running.discard(key)


deque.__module__ = "collections"


def _index(n):
    if isinstance(n, int):
        return n
    if hasattr(type(n), "__index__"):
        return type(n).__index__(n)
    raise TypeError("'%s' object cannot be interpreted as an integer" % type(n).__name__)


def _clamp(i, size):
    if i < 0:
        i = max(0, i + size)
    return min(i, size)


from collections import abc as _abc  # noqa: E402  (also makes `collections.abc` an attribute)

_abc.MutableSequence.register(deque)

# A default no caller can pass.
_MISSING = object()


def _recursive_repr(fillvalue="..."):
    """Decorates a __repr__: the same object met again inside its own repr, in the same
    thread, shows as `fillvalue` (CPython's Py_ReprEnter, reprlib.recursive_repr)."""

    def decorate(repr_function):
        def wrapper(self):
            key = (id(self), _thread.get_ident())
            if key in _repr_running:
                return fillvalue
            _repr_running.add(key)
            try:
                return repr_function(self)
            finally:
                _repr_running.discard(key)

        wrapper.__name__ = repr_function.__name__
        wrapper.__qualname__ = repr_function.__qualname__
        wrapper.__doc__ = repr_function.__doc__
        return wrapper

    return decorate


def _class_getitem(cls, item):
    import types
    return types.GenericAlias(cls, item)


# ----- defaultdict -----

class defaultdict(dict):
    """defaultdict(default_factory=None, /, [...]) --> dict with default factory

The default factory is called without arguments to produce
a new value when a key is not present, in __getitem__ only.
A defaultdict compares equal to a dict with the same items.
All remaining arguments are treated the same as if they were
passed to the dict constructor, including keyword arguments.
"""

    __slots__ = ("default_factory",)

    # dict's own, which hotpy's dict subclasses do not inherit.
    __class_getitem__ = classmethod(_class_getitem)

    def __init__(self, /, *args, **kwargs):
        # The factory is positional only: a keyword `default_factory=` is a dict item.
        if args:
            factory = args[0]
            if factory is not None and not callable(factory):
                raise TypeError("first argument must be callable or None")
            args = args[1:]
        else:
            factory = None
        self.default_factory = factory
        dict.__init__(self, *args, **kwargs)

    def __missing__(self, key):
        factory = self.default_factory
        if factory is None:
            raise KeyError(key)
        value = factory()
        self[key] = value
        return value

    def copy(self):
        """D.copy() -> a shallow copy of D."""
        return type(self)(self.default_factory, self)

    __copy__ = copy

    def __reduce__(self):
        factory = self.default_factory
        args = () if factory is None else (factory,)
        return type(self), args, None, None, iter(self.items())

    def __repr__(self):
        items = dict.__repr__(self)
        factory = self.default_factory
        if factory is None:
            shown = "None"
        else:
            # A factory whose repr shows this defaultdict again shows as "...".
            key = (id(factory), _thread.get_ident())
            if key in _repr_running:
                shown = "..."
            else:
                _repr_running.add(key)
                try:
                    shown = repr(factory)
                finally:
                    _repr_running.discard(key)
        return "%s(%s, %s)" % (type(self).__name__, shown, items)

    # `|` makes the class of the defaultdict operand (its factory, then both operands'
    # items); the other operand must be a dict.
    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, self)
        dict.update(result, other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self.default_factory, other)
        dict.update(result, self)
        return result


# ----- OrderedDict -----
#
# hotpy's dicts keep insertion order, so an OrderedDict keeps its order in the dict itself:
# reading and writing are the dict's own, move_to_end reorders the dict, and dict(od),
# json and the like see the OrderedDict's order.

_dict_setitem = dict.__setitem__
_dict_len = dict.__len__
_dict_contains = dict.__contains__
_dict_get = dict.get


def _odict_iter(od, keys, kind):
    """The items of `od` in the order of `keys` (a snapshot of its keys): kind 0 keys,
    1 values, 2 (key, value) pairs. As CPython's odict_iterator, adding or removing a key
    while it runs is a RuntimeError at its next step (but the end of the keys it started
    with is the end)."""
    size = len(keys)
    if kind == 0:
        for key in keys:
            if _dict_len(od) != size or not _dict_contains(od, key):
                raise RuntimeError("OrderedDict mutated during iteration")
            yield key
    else:
        for key in keys:
            value = _dict_get(od, key, _MISSING)
            if _dict_len(od) != size or value is _MISSING:
                raise RuntimeError("OrderedDict mutated during iteration")
            yield value if kind == 1 else (key, value)


def _odict_keys_list(od, reverse):
    keys = list(dict.keys(od))
    if reverse:
        keys.reverse()
    return keys


def _od_add_pairs(od, pairs):
    """od[key] = value for each (key, value) of `pairs` (CPython's mutablemapping_add_pairs,
    with its messages)."""
    for pair in pairs:
        if type(pair) is tuple and len(pair) == 2:
            key, value = pair
        else:
            it = iter(pair)
            key = next(it, _MISSING)
            if key is _MISSING:
                raise ValueError("need more than 0 values to unpack")
            value = next(it, _MISSING)
            if value is _MISSING:
                raise ValueError("need more than 1 value to unpack")
            if next(it, _MISSING) is not _MISSING:
                raise ValueError("too many values to unpack (expected 2)")
        od[key] = value


def _od_update_arg(od, other):
    """OrderedDict.update's positional argument: a dict, something with keys(), something
    with items(), or an iterable of pairs; each item is stored with od[key] = value."""
    if type(other) is dict or type(other) is OrderedDict:
        if type(od).__setitem__ is _dict_setitem:
            # Stored in the same order either way.
            dict.update(od, other)
        else:
            _od_add_pairs(od, list(dict.items(other)))
        return
    keys = getattr(other, "keys", _MISSING)
    if keys is not _MISSING:
        for key in keys():
            od[key] = other[key]
        return
    items = getattr(other, "items", _MISSING)
    if items is not _MISSING:
        _od_add_pairs(od, items())
        return
    _od_add_pairs(od, other)


class _OrderedDictView:
    """What the three OrderedDict views share: the size, `mapping`, the repr."""

    __slots__ = ()

    def __len__(self):
        return _dict_len(self._mapping)

    @property
    def mapping(self):
        import types
        return types.MappingProxyType(self._mapping)

    @_recursive_repr()
    def __repr__(self):
        return "%s(%r)" % (type(self).__name__, list(self))


def _keys_view(x):
    """An OrderedDict keys or items view as the dict's own view (for the set operations,
    which are those of dict views); anything else as itself."""
    if type(x) is odict_keys:
        return dict.keys(x._mapping)
    if type(x) is odict_items:
        return dict.items(x._mapping)
    return x


_dict_keys = type({}.keys())
_dict_items = type({}.items())


def _view_compare(view, other, op):
    """view < other (and <=, >, >=) for a keys or items view: CPython's dictview_richcompare
    (the subset and superset tests of sets), which hotpy's own views lack."""
    if not isinstance(other, (set, frozenset, _dict_keys, _dict_items, odict_keys,
                              odict_items)):
        return NotImplemented
    size, other_size = len(view), len(other)
    if op == "<":
        return size < other_size and _all_contained_in(view, other)
    if op == "<=":
        return size <= other_size and _all_contained_in(view, other)
    if op == ">":
        return size > other_size and _all_contained_in(other, view)
    return size >= other_size and _all_contained_in(other, view)


def _all_contained_in(a, b):
    for x in a:
        if x not in b:
            return False
    return True


class odict_keys(_OrderedDictView, _abc.KeysView):
    __slots__ = ()

    def __iter__(self):
        od = self._mapping
        return _odict_iter(od, _odict_keys_list(od, False), 0)

    def __reversed__(self):
        od = self._mapping
        return _odict_iter(od, _odict_keys_list(od, True), 0)

    def __contains__(self, key):
        return _dict_contains(self._mapping, key)

    def isdisjoint(self, other):
        return dict.keys(self._mapping).isdisjoint(_keys_view(other))

    def __eq__(self, other):
        return _dict_keys.__eq__(dict.keys(self._mapping), _keys_view(other))

    def __ne__(self, other):
        return _dict_keys.__ne__(dict.keys(self._mapping), _keys_view(other))

    def __lt__(self, other):
        return _view_compare(self, other, "<")

    def __le__(self, other):
        return _view_compare(self, other, "<=")

    def __gt__(self, other):
        return _view_compare(self, other, ">")

    def __ge__(self, other):
        return _view_compare(self, other, ">=")

    def __and__(self, other):
        return _dict_keys.__and__(dict.keys(self._mapping), _keys_view(other))

    def __rand__(self, other):
        return _dict_keys.__rand__(dict.keys(self._mapping), _keys_view(other))

    def __or__(self, other):
        return _dict_keys.__or__(dict.keys(self._mapping), _keys_view(other))

    def __ror__(self, other):
        return _dict_keys.__ror__(dict.keys(self._mapping), _keys_view(other))

    def __sub__(self, other):
        return _dict_keys.__sub__(dict.keys(self._mapping), _keys_view(other))

    def __rsub__(self, other):
        return _dict_keys.__rsub__(dict.keys(self._mapping), _keys_view(other))

    def __xor__(self, other):
        return _dict_keys.__xor__(dict.keys(self._mapping), _keys_view(other))

    def __rxor__(self, other):
        return _dict_keys.__rxor__(dict.keys(self._mapping), _keys_view(other))

    __hash__ = None


class odict_items(_OrderedDictView, _abc.ItemsView):
    __slots__ = ()

    def __iter__(self):
        od = self._mapping
        return _odict_iter(od, _odict_keys_list(od, False), 2)

    def __reversed__(self):
        od = self._mapping
        return _odict_iter(od, _odict_keys_list(od, True), 2)

    def __contains__(self, item):
        return item in dict.items(self._mapping)

    def isdisjoint(self, other):
        return dict.items(self._mapping).isdisjoint(_keys_view(other))

    def __eq__(self, other):
        return _dict_items.__eq__(dict.items(self._mapping), _keys_view(other))

    def __ne__(self, other):
        return _dict_items.__ne__(dict.items(self._mapping), _keys_view(other))

    def __lt__(self, other):
        return _view_compare(self, other, "<")

    def __le__(self, other):
        return _view_compare(self, other, "<=")

    def __gt__(self, other):
        return _view_compare(self, other, ">")

    def __ge__(self, other):
        return _view_compare(self, other, ">=")

    def __and__(self, other):
        return _dict_items.__and__(dict.items(self._mapping), _keys_view(other))

    def __rand__(self, other):
        return _dict_items.__rand__(dict.items(self._mapping), _keys_view(other))

    def __or__(self, other):
        return _dict_items.__or__(dict.items(self._mapping), _keys_view(other))

    def __ror__(self, other):
        return _dict_items.__ror__(dict.items(self._mapping), _keys_view(other))

    def __sub__(self, other):
        return _dict_items.__sub__(dict.items(self._mapping), _keys_view(other))

    def __rsub__(self, other):
        return _dict_items.__rsub__(dict.items(self._mapping), _keys_view(other))

    def __xor__(self, other):
        return _dict_items.__xor__(dict.items(self._mapping), _keys_view(other))

    def __rxor__(self, other):
        return _dict_items.__rxor__(dict.items(self._mapping), _keys_view(other))

    __hash__ = None


class odict_values(_OrderedDictView, _abc.ValuesView):
    __slots__ = ()

    def __iter__(self):
        od = self._mapping
        return _odict_iter(od, _odict_keys_list(od, False), 1)

    def __reversed__(self):
        od = self._mapping
        return _odict_iter(od, _odict_keys_list(od, True), 1)

    def __contains__(self, value):
        for v in self:
            if v is value or v == value:
                return True
        return False


for _view in (odict_keys, odict_items, odict_values):
    _view.__module__ = "builtins"
del _view


class OrderedDict(dict):
    """Dictionary that remembers insertion order"""

    # dict's own, which hotpy's dict subclasses do not inherit.
    __class_getitem__ = classmethod(_class_getitem)

    def __init__(self, /, *args, **kwds):
        if len(args) > 1:
            raise TypeError("expected at most 1 arguments, got %d" % len(args))
        if args:
            _od_update_arg(self, args[0])
        if kwds:
            _od_add_pairs(self, list(kwds.items()))

    def update(self, /, *args, **kwds):
        """D.update([E, ]**F) -> None.  Update D from mapping/iterable E and F."""
        if len(args) > 1:
            raise TypeError("update() takes at most 1 positional argument (%d given)"
                            % len(args))
        if args:
            _od_update_arg(self, args[0])
        if kwds:
            _od_add_pairs(self, list(kwds.items()))

    def __iter__(self):
        return _odict_iter(self, _odict_keys_list(self, False), 0)

    def __reversed__(self):
        return _odict_iter(self, _odict_keys_list(self, True), 0)

    def keys(self):
        return odict_keys(self)

    def items(self):
        return odict_items(self)

    def values(self):
        return odict_values(self)

    def move_to_end(self, key, last=True):
        """Move an existing element to the end (or beginning if last is false).

        Raise KeyError if the element does not exist.
        """
        if not _dict_len(self):
            raise KeyError(key)
        value = dict.pop(self, key)
        if last:
            _dict_setitem(self, key, value)
        else:
            rest = list(dict.items(self))
            dict.clear(self)
            _dict_setitem(self, key, value)
            dict.update(self, rest)

    def popitem(self, last=True):
        """Remove and return a (key, value) pair from the dictionary.

        Pairs are returned in LIFO order if last is true or FIFO order if false.
        """
        if not _dict_len(self):
            raise KeyError("dictionary is empty")
        if last:
            return dict.popitem(self)
        key = next(iter(dict.keys(self)))
        return key, dict.pop(self, key)

    def pop(self, key, default=_MISSING):
        """od.pop(key[,default]) -> v, remove specified key and return the corresponding value.

If the key is not found, return the default if given; otherwise,
raise a KeyError.
"""
        if default is _MISSING:
            return dict.pop(self, key)
        return dict.pop(self, key, default)

    def setdefault(self, key, default=None):
        """Insert key with a value of default if key is not in the dictionary.

        Return the value for key if key is in the dictionary, else default.
        """
        if type(self) is OrderedDict:
            return dict.setdefault(self, key, default)
        if key in self:
            return self[key]
        self[key] = default
        return default

    def copy(self):
        """od.copy() -> a shallow copy of od"""
        if type(self) is OrderedDict:
            return OrderedDict(self)
        result = type(self)()
        for key in list(dict.keys(self)):
            result[key] = self[key]
        return result

    @classmethod
    def fromkeys(cls, iterable, value=None):
        """Create a new ordered dictionary with keys from iterable and values set to value."""
        result = cls()
        for key in iterable:
            result[key] = value
        return result

    def __reduce__(self):
        state = getattr(self, "__dict__", None) or None
        return type(self), (), state, None, iter(self.items())

    @_recursive_repr()
    def __repr__(self):
        if not _dict_len(self):
            return "%s()" % type(self).__name__
        if type(self) is OrderedDict:
            pairs = list(dict.items(self))
        else:
            pairs = list(self.items())
        return "%s(%r)" % (type(self).__name__, pairs)

    # Equal to another OrderedDict with the same items in the same order; to any other
    # dict as dicts are.
    def __eq__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = dict.__eq__(self, other)
        if result is not True or not isinstance(other, OrderedDict):
            return result
        return list(dict.keys(self)) == list(dict.keys(other))

    def __ne__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = dict.__ne__(self, other)
        if result is not False or not isinstance(other, OrderedDict):
            return result
        return list(dict.keys(self)) != list(dict.keys(other))

    __hash__ = None

    def __or__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(self)
        _od_update_arg(result, other)
        return result

    def __ror__(self, other):
        if not isinstance(other, dict):
            return NotImplemented
        result = type(self)(other)
        _od_update_arg(result, self)
        return result

    def __ior__(self, other):
        _od_update_arg(self, other)
        return self


# ----- Counter -----

def _count(item):
    return item[1]


class Counter(dict):
    """Dict subclass for counting hashable items.  Sometimes called a bag
    or multiset.  Elements are stored as dictionary keys and their counts
    are stored as dictionary values.
    """

    # dict's own, which hotpy's dict subclasses do not inherit.
    __class_getitem__ = classmethod(_class_getitem)

    def __init__(self, iterable=None, /, **kwds):
        """Create a new, empty Counter object.  And if given, count elements
        from an input iterable.  Or, initialize the count from another mapping
        of elements to their counts.
        """
        super().__init__()
        self.update(iterable, **kwds)

    def __missing__(self, key):
        """The count of elements not in the Counter is zero."""
        return 0

    def total(self):
        """Sum of the counts"""
        return sum(self.values())

    def most_common(self, n=None):
        """List the n most common elements and their counts from the most
        common to the least.  If n is None, then list all element counts.
        """
        # Highest counts first; equal counts in the Counter's order (a stable sort), as
        # heapq.nlargest picks them.
        if n is None:
            return sorted(self.items(), key=_count, reverse=True)
        if n == 1:
            best = max(self.items(), default=_MISSING, key=_count)
            return [] if best is _MISSING else [best]
        if n >= len(self.items()):
            return sorted(self.items(), key=_count, reverse=True)[:n]
        n = len(range(0, -n, -1))
        if not n:
            return []
        return sorted(self.items(), key=_count, reverse=True)[:n]

    def elements(self):
        """Iterator over elements repeating each as many times as its count.

        Note, if an element's count has been set to zero or is a negative
        number, elements() will ignore it.
        """
        from itertools import chain, repeat, starmap
        return chain.from_iterable(starmap(repeat, self.items()))

    @classmethod
    def fromkeys(cls, iterable, v=None):
        raise NotImplementedError(
            "Counter.fromkeys() is undefined.  Use Counter(iterable) instead.")

    def update(self, iterable=None, /, **kwds):
        """Like dict.update() but add counts instead of replacing them.

        Source can be an iterable, a dictionary, or another Counter instance.
        """
        if iterable is not None:
            if isinstance(iterable, _abc.Mapping):
                if self:
                    get = self.get
                    for elem, count in iterable.items():
                        self[elem] = count + get(elem, 0)
                else:
                    # Into an empty Counter the counts are copied as they are.
                    super().update(iterable)
            else:
                get = self.get
                for elem in iterable:
                    self[elem] = get(elem, 0) + 1
        if kwds:
            self.update(kwds)

    def subtract(self, iterable=None, /, **kwds):
        """Like dict.update() but subtracts counts instead of replacing them.
        Counts can be reduced below zero.  Both the inputs and outputs are
        allowed to contain zero and negative counts.

        Source can be an iterable, a dictionary, or another Counter instance.
        """
        if iterable is not None:
            get = self.get
            if isinstance(iterable, _abc.Mapping):
                for elem, count in iterable.items():
                    self[elem] = get(elem, 0) - count
            else:
                for elem in iterable:
                    self[elem] = get(elem, 0) - 1
        if kwds:
            self.subtract(kwds)

    def copy(self):
        """Return a shallow copy."""
        return self.__class__(self)

    def __reduce__(self):
        return self.__class__, (dict(self),)

    def __delitem__(self, elem):
        """Like dict.__delitem__() but does not raise KeyError for missing values."""
        if elem in self:
            super().__delitem__(elem)

    def __repr__(self):
        if not self:
            return "%s()" % self.__class__.__name__
        try:
            # Most common first; counts that cannot be ordered as they are.
            shown = dict(self.most_common())
        except TypeError:
            shown = dict(self)
        return "%s(%r)" % (self.__class__.__name__, shown)

    # Comparisons as multisets, a missing element counting zero; only with Counters.
    def _all_counts(self, other, compare):
        for c in (self, other):
            for elem in c:
                if not compare(self[elem], other[elem]):
                    return False
        return True

    # With a plain dict CPython's answer is the dict's reflected __eq__/__ne__, which
    # hotpy's VM does not try after NotImplemented: given here.
    def __eq__(self, other):
        """True if all counts agree. Missing counts are treated as zero."""
        if not isinstance(other, Counter):
            if type(other) is dict:
                return dict.__eq__(self, other)
            return NotImplemented
        return self._all_counts(other, lambda a, b: a == b)

    def __ne__(self, other):
        """True if any counts disagree. Missing counts are treated as zero."""
        if not isinstance(other, Counter):
            if type(other) is dict:
                return dict.__ne__(self, other)
            return NotImplemented
        return not self == other

    def __le__(self, other):
        """True if all counts in self are a subset of those in other."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, lambda a, b: a <= b)

    def __lt__(self, other):
        """True if all counts in self are a proper subset of those in other."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self <= other and self != other

    def __ge__(self, other):
        """True if all counts in self are a superset of those in other."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self._all_counts(other, lambda a, b: a >= b)

    def __gt__(self, other):
        """True if all counts in self are a proper superset of those in other."""
        if not isinstance(other, Counter):
            return NotImplemented
        return self >= other and self != other

    __hash__ = None

    # Multiset arithmetic: the results keep only positive counts, in the order elements
    # are met in the left operand and then in the right one; the results are Counters.
    def __add__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            total = count + other[elem]
            if total > 0:
                result[elem] = total
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __sub__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            difference = count - other[elem]
            if difference > 0:
                result[elem] = difference
        for elem, count in other.items():
            if elem not in self and count < 0:
                result[elem] = 0 - count
        return result

    def __or__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            larger = other_count if count < other_count else count
            if larger > 0:
                result[elem] = larger
        for elem, count in other.items():
            if elem not in self and count > 0:
                result[elem] = count
        return result

    def __and__(self, other):
        if not isinstance(other, Counter):
            return NotImplemented
        result = Counter()
        for elem, count in self.items():
            other_count = other[elem]
            smaller = count if count < other_count else other_count
            if smaller > 0:
                result[elem] = smaller
        return result

    def __pos__(self):
        """Adds an empty counter, effectively stripping negative and zero counts"""
        result = Counter()
        for elem, count in self.items():
            if count > 0:
                result[elem] = count
        return result

    def __neg__(self):
        """Subtracts from an empty counter.  Strips positive and zero counts,
        and flips the sign on negative counts.
        """
        result = Counter()
        for elem, count in self.items():
            if count < 0:
                result[elem] = 0 - count
        return result

    def _keep_positive(self):
        """Internal method to strip elements with a negative or zero count"""
        for elem in [elem for elem, count in self.items() if not count > 0]:
            del self[elem]
        return self

    # The in-place forms take any mapping (its items()) and change self.
    def __iadd__(self, other):
        for elem, count in other.items():
            self[elem] += count
        return self._keep_positive()

    def __isub__(self, other):
        for elem, count in other.items():
            self[elem] -= count
        return self._keep_positive()

    def __ior__(self, other):
        for elem, other_count in other.items():
            if other_count > self[elem]:
                self[elem] = other_count
        return self._keep_positive()

    def __iand__(self, other):
        for elem, count in self.items():
            other_count = other[elem]
            if other_count < count:
                self[elem] = other_count
        return self._keep_positive()

class _tuplegetter:
    """A named tuple's field: item `index` of the instance, read-only (CPython's
    `_collections._tuplegetter`)."""

    def __init__(self, index, doc):
        self._index = index
        self.__doc__ = doc

    def __get__(self, instance, owner=None):
        if instance is None:
            return self
        return tuple.__getitem__(instance, self._index)

    def __set__(self, instance, value):
        raise AttributeError("can't set attribute")

    def __delete__(self, instance):
        raise AttributeError("can't delete attribute")



def _quoted_names(names):
    """'a'; 'a' and 'b'; 'a', 'b', and 'c' (CPython's list of missing arguments)."""
    quoted = [repr(name) for name in names]
    if len(quoted) == 1:
        return quoted[0]
    if len(quoted) == 2:
        return "%s and %s" % tuple(quoted)
    return "%s, and %s" % (", ".join(quoted[:-1]), quoted[-1])


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """Returns a new subclass of tuple with named fields.

    >>> Point = namedtuple('Point', ['x', 'y'])
    >>> Point.__doc__                   # docstring for the new class
    'Point(x, y)'
    >>> p = Point(11, y=22)             # instantiate with positional args or keywords
    >>> p[0] + p[1]                     # indexable like a plain tuple
    33
    >>> x, y = p                        # unpack like a regular tuple
    >>> x, y
    (11, 22)
    >>> p.x + p.y                       # fields also accessible by name
    33
    >>> d = p._asdict()                 # convert to a dictionary
    >>> d['x']
    11
    >>> Point(**d)                      # convert from a dictionary
    Point(x=11, y=22)
    >>> p._replace(x=100)               # _replace() is like str.replace() but targets named fields
    Point(x=100, y=22)

    """
    import keyword
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    field_names = list(map(str, field_names))
    typename = str(typename)
    if rename:
        seen = set()
        for index, name in enumerate(field_names):
            if (not name.isidentifier() or keyword.iskeyword(name) or name.startswith("_")
                    or name in seen):
                field_names[index] = "_%d" % index
            seen.add(name)
    for name in [typename] + field_names:
        if type(name) is not str:
            raise TypeError("Type names and field names must be strings")
        if not name.isidentifier():
            raise ValueError("Type names and field names must be valid identifiers: %r" % name)
        if keyword.iskeyword(name):
            raise ValueError("Type names and field names cannot be a keyword: %r" % name)
    seen = set()
    for name in field_names:
        if name.startswith("_") and not rename:
            raise ValueError("Field names cannot start with an underscore: %r" % name)
        if name in seen:
            raise ValueError("Encountered duplicate field name: %r" % name)
        seen.add(name)
    field_defaults = {}
    if defaults is not None:
        defaults = tuple(defaults)
        if len(defaults) > len(field_names):
            raise TypeError("Got more default values than field names")
        field_defaults = dict(reversed(list(zip(reversed(field_names), reversed(defaults)))))
    fields = tuple(field_names)
    num_fields = len(fields)
    arg_list = ", ".join(fields)
    if num_fields == 1:
        arg_list += ","
    repr_fmt = "(" + ", ".join(name + "=%r" for name in fields) + ")"
    tuple_new = tuple.__new__
    # __new__(_cls, <fields>), binding its arguments itself: CPython's checks and messages
    # for a call of `lambda _cls, <fields>: ...` with the defaults as its __defaults__.
    new_name = typename + ".__new__"
    params = ("_cls",) + fields
    num_params = num_fields + 1
    positions = {name: index for index, name in enumerate(params)}
    first_default = num_params - len(field_defaults)
    if field_defaults:
        takes = "from %d to %d positional arguments" % (first_default, num_params)
    else:
        takes = "%d positional argument%s" % (num_params, "" if num_params == 1 else "s")

    def __new__(*args, **kwargs):
        if not kwargs and len(args) == num_params:
            return tuple_new(args[0], args[1:])
        given = len(args)
        for name in kwargs:
            index = positions.get(name)
            if index is None:
                raise TypeError("%s() got an unexpected keyword argument %r"
                                % (new_name, name))
            if index < given:
                raise TypeError("%s() got multiple values for argument %r" % (new_name, name))
        if given > num_params:
            raise TypeError("%s() takes %s but %d were given" % (new_name, takes, given))
        values = list(args)
        missing = []
        for index in range(given, num_params):
            name = params[index]
            if name in kwargs:
                values.append(kwargs[name])
            elif index >= first_default:
                values.append(field_defaults[name])
            else:
                missing.append(name)
        if missing:
            raise TypeError("%s() missing %d required positional argument%s: %s"
                            % (new_name, len(missing), "" if len(missing) == 1 else "s",
                               _quoted_names(missing)))
        return tuple_new(values[0], values[1:])

    __new__.__doc__ = "Create new instance of %s(%s)" % (typename, arg_list)
    if defaults is not None:
        __new__.__defaults__ = defaults

    @classmethod
    def _make(cls, iterable):
        result = tuple_new(cls, iterable)
        if len(result) != num_fields:
            raise TypeError("Expected %d arguments, got %d" % (num_fields, len(result)))
        return result

    _make.__func__.__doc__ = "Make a new %s object from a sequence or iterable" % typename

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, fields, self))
        if kwds:
            raise ValueError("Got unexpected field names: %r" % list(kwds))
        return result

    _replace.__doc__ = ("Return a new %s object replacing specified fields with new values"
                        % typename)

    def __repr__(self):
        """Return a nicely formatted representation string"""
        return self.__class__.__name__ + repr_fmt % self

    def _asdict(self):
        """Return a new dict which maps field names to their values."""
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        """Return self as a plain tuple.  Used by copy and pickle."""
        return tuple(self)

    for method in (__new__, _make.__func__, _replace, __repr__, _asdict, __getnewargs__):
        method.__qualname__ = "%s.%s" % (typename, method.__name__)

    namespace = {
        "__doc__": "%s(%s)" % (typename, arg_list),
        "__slots__": (),
        "_fields": fields,
        "_field_defaults": field_defaults,
        "__new__": __new__,
        "_make": _make,
        "_replace": _replace,
        "__repr__": __repr__,
        "_asdict": _asdict,
        "__getnewargs__": __getnewargs__,
        "__match_args__": fields,
    }
    for index, name in enumerate(fields):
        namespace[name] = _tuplegetter(index, "Alias for field number %d" % index)
    result = type(typename, (tuple,), namespace)
    # The module is the caller's (for pickling), unless given.
    if module is None:
        try:
            import sys
            module = sys._getframe(1).f_globals.get("__name__", "__main__")
        except (AttributeError, ValueError):
            pass
    if module is not None:
        result.__module__ = module
    return result

# ----- ChainMap and the User* wrappers (on collections.abc) -----



class ChainMap(_abc.MutableMapping):
    """Several mappings seen as one: lookups search them in order, changes go to the first."""

    def __init__(self, *maps):
        self.maps = list(maps) or [{}]

    def __missing__(self, key):
        raise KeyError(key)

    def __getitem__(self, key):
        for mapping in self.maps:
            try:
                return mapping[key]
            except KeyError:
                pass
        return self.__missing__(key)

    def get(self, key, default=None):
        return self[key] if key in self else default

    def __len__(self):
        return len(set().union(*self.maps))

    def __iter__(self):
        d = {}
        for mapping in reversed(self.maps):
            d.update(dict.fromkeys(mapping))
        return iter(d)

    def __contains__(self, key):
        return any(key in m for m in self.maps)

    def __bool__(self):
        return any(self.maps)

    @_recursive_repr()
    def __repr__(self):
        return "%s(%s)" % (self.__class__.__name__, ", ".join(map(repr, self.maps)))

    @classmethod
    def fromkeys(cls, iterable, *args):
        return cls(dict.fromkeys(iterable, *args))

    def copy(self):
        return self.__class__(self.maps[0].copy(), *self.maps[1:])

    __copy__ = copy

    def new_child(self, m=None, **kwargs):
        if m is None:
            m = kwargs
        elif kwargs:
            m.update(kwargs)
        return self.__class__(m, *self.maps)

    @property
    def parents(self):
        return self.__class__(*self.maps[1:])

    def __setitem__(self, key, value):
        self.maps[0][key] = value

    def __delitem__(self, key):
        try:
            del self.maps[0][key]
        except KeyError:
            raise KeyError("Key not found in the first mapping: {!r}".format(key))

    def popitem(self):
        try:
            return self.maps[0].popitem()
        except KeyError:
            raise KeyError("No keys found in the first mapping.")

    def pop(self, key, *args):
        try:
            return self.maps[0].pop(key, *args)
        except KeyError:
            raise KeyError("Key not found in the first mapping: {!r}".format(key))

    def clear(self):
        self.maps[0].clear()

    def __or__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        m = self.copy()
        m.maps[0].update(other)
        return m

    def __ror__(self, other):
        if not isinstance(other, _abc.Mapping):
            return NotImplemented
        m = dict(other)
        for child in reversed(self.maps):
            m.update(child)
        return self.__class__(m)

    def __ior__(self, other):
        self.maps[0].update(other)
        return self


class UserDict(_abc.MutableMapping):
    """A dict kept in `self.data`, for subclassing."""

    def __init__(self, dict=None, /, **kwargs):
        self.data = {}
        if dict is not None:
            self.update(dict)
        if kwargs:
            self.update(kwargs)

    def __len__(self):
        return len(self.data)

    def __getitem__(self, key):
        if key in self.data:
            return self.data[key]
        if hasattr(self.__class__, "__missing__"):
            return self.__class__.__missing__(self, key)
        raise KeyError(key)

    def __setitem__(self, key, item):
        self.data[key] = item

    def __delitem__(self, key):
        del self.data[key]

    def __iter__(self):
        return iter(self.data)

    def __contains__(self, key):
        return key in self.data

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ror__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(other.data | self.data)
        if isinstance(other, dict):
            return self.__class__(other | self.data)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        # The data copied, not shared (set in __dict__, past any descriptor).
        inst.__dict__["data"] = self.__dict__["data"].copy()
        return inst

    def copy(self):
        if self.__class__ is UserDict:
            return UserDict(self.data.copy())
        # A subclass: copy.copy of it with empty data, then its items put in.
        import copy
        data = self.data
        try:
            self.data = {}
            c = copy.copy(self)
        finally:
            self.data = data
        c.update(self)
        return c

    @classmethod
    def fromkeys(cls, iterable, value=None):
        d = cls()
        for key in iterable:
            d[key] = value
        return d


class UserList(_abc.MutableSequence):
    """A list kept in `self.data`, for subclassing."""

    def __init__(self, initlist=None):
        self.data = []
        if initlist is not None:
            if type(initlist) == type(self.data):
                self.data[:] = initlist
            elif isinstance(initlist, UserList):
                self.data[:] = initlist.data[:]
            else:
                self.data = list(initlist)

    def __repr__(self):
        return repr(self.data)

    def __lt__(self, other):
        return self.data < self.__cast(other)

    def __le__(self, other):
        return self.data <= self.__cast(other)

    def __eq__(self, other):
        return self.data == self.__cast(other)

    def __gt__(self, other):
        return self.data > self.__cast(other)

    def __ge__(self, other):
        return self.data >= self.__cast(other)

    def __cast(self, other):
        return other.data if isinstance(other, UserList) else other

    def __contains__(self, item):
        return item in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, i):
        if isinstance(i, slice):
            return self.__class__(self.data[i])
        return self.data[i]

    def __setitem__(self, i, item):
        self.data[i] = item

    def __delitem__(self, i):
        del self.data[i]

    def __add__(self, other):
        if isinstance(other, UserList):
            return self.__class__(self.data + other.data)
        elif isinstance(other, type(self.data)):
            return self.__class__(self.data + other)
        return self.__class__(self.data + list(other))

    def __radd__(self, other):
        if isinstance(other, UserList):
            return self.__class__(other.data + self.data)
        elif isinstance(other, type(self.data)):
            return self.__class__(other + self.data)
        return self.__class__(list(other) + self.data)

    def __iadd__(self, other):
        if isinstance(other, UserList):
            self.data += other.data
        elif isinstance(other, type(self.data)):
            self.data += other
        else:
            self.data += list(other)
        return self

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __imul__(self, n):
        self.data *= n
        return self

    def __copy__(self):
        inst = self.__class__.__new__(self.__class__)
        inst.__dict__.update(self.__dict__)
        inst.__dict__["data"] = self.__dict__["data"][:]
        return inst

    def append(self, item):
        self.data.append(item)

    def insert(self, i, item):
        self.data.insert(i, item)

    def pop(self, i=-1):
        return self.data.pop(i)

    def remove(self, item):
        self.data.remove(item)

    def clear(self):
        self.data.clear()

    def copy(self):
        return self.__class__(self)

    def count(self, item):
        return self.data.count(item)

    def index(self, item, *args):
        return self.data.index(item, *args)

    def reverse(self):
        self.data.reverse()

    def sort(self, /, *args, **kwds):
        self.data.sort(*args, **kwds)

    def extend(self, other):
        if isinstance(other, UserList):
            self.data.extend(other.data)
        else:
            self.data.extend(other)



_MAXSIZE = 9223372036854775807  # sys.maxsize: the default end of UserString's searches


def _plain(s):
    """The str in a UserString argument (for the methods that take either)."""
    return s.data if isinstance(s, UserString) else s


class UserString(_abc.Sequence):
    """A str kept in `self.data`, for subclassing: its methods give the class's instances
    where str's give strs."""

    def __init__(self, seq):
        if isinstance(seq, str):
            self.data = seq
        elif isinstance(seq, UserString):
            self.data = seq.data[:]
        else:
            self.data = str(seq)

    def __str__(self):
        return str(self.data)

    def __repr__(self):
        return repr(self.data)

    def __int__(self):
        return int(self.data)

    def __float__(self):
        return float(self.data)

    def __complex__(self):
        return complex(self.data)

    def __hash__(self):
        return hash(self.data)

    def __getnewargs__(self):
        return (self.data[:],)

    def __eq__(self, string):
        return self.data == _plain(string)

    def __lt__(self, string):
        return self.data < _plain(string)

    def __le__(self, string):
        return self.data <= _plain(string)

    def __gt__(self, string):
        return self.data > _plain(string)

    def __ge__(self, string):
        return self.data >= _plain(string)

    def __contains__(self, char):
        return _plain(char) in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        if isinstance(other, str):
            return self.__class__(self.data + other)
        return self.__class__(self.data + str(other))

    def __radd__(self, other):
        if isinstance(other, str):
            return self.__class__(other + self.data)
        return self.__class__(str(other) + self.data)

    def __mul__(self, n):
        return self.__class__(self.data * n)

    __rmul__ = __mul__

    def __mod__(self, args):
        return self.__class__(self.data % args)

    def __rmod__(self, template):
        return self.__class__(str(template) % self)

    # str's methods, in alphabetical order.
    def capitalize(self):
        return self.__class__(self.data.capitalize())

    def casefold(self):
        return self.__class__(self.data.casefold())

    def center(self, width, *args):
        return self.__class__(self.data.center(width, *args))

    def count(self, sub, start=0, end=_MAXSIZE):
        return self.data.count(_plain(sub), start, end)

    def removeprefix(self, prefix, /):
        return self.__class__(self.data.removeprefix(_plain(prefix)))

    def removesuffix(self, suffix, /):
        return self.__class__(self.data.removesuffix(_plain(suffix)))

    def encode(self, encoding="utf-8", errors="strict"):
        if encoding is None:
            encoding = "utf-8"
        if errors is None:
            errors = "strict"
        return self.data.encode(encoding, errors)

    def endswith(self, suffix, start=0, end=_MAXSIZE):
        return self.data.endswith(suffix, start, end)

    def expandtabs(self, tabsize=8):
        return self.__class__(self.data.expandtabs(tabsize))

    def find(self, sub, start=0, end=_MAXSIZE):
        return self.data.find(_plain(sub), start, end)

    def format(self, /, *args, **kwds):
        return self.data.format(*args, **kwds)

    def format_map(self, mapping):
        return self.data.format_map(mapping)

    def index(self, sub, start=0, end=_MAXSIZE):
        return self.data.index(sub, start, end)

    def isalpha(self):
        return self.data.isalpha()

    def isalnum(self):
        return self.data.isalnum()

    def isascii(self):
        return self.data.isascii()

    def isdecimal(self):
        return self.data.isdecimal()

    def isdigit(self):
        return self.data.isdigit()

    def isidentifier(self):
        return self.data.isidentifier()

    def islower(self):
        return self.data.islower()

    def isnumeric(self):
        return self.data.isnumeric()

    def isprintable(self):
        return self.data.isprintable()

    def isspace(self):
        return self.data.isspace()

    def istitle(self):
        return self.data.istitle()

    def isupper(self):
        return self.data.isupper()

    def join(self, seq):
        return self.data.join(seq)

    def ljust(self, width, *args):
        return self.__class__(self.data.ljust(width, *args))

    def lower(self):
        return self.__class__(self.data.lower())

    def lstrip(self, chars=None):
        return self.__class__(self.data.lstrip(chars))

    maketrans = str.maketrans

    def partition(self, sep):
        return self.data.partition(sep)

    def replace(self, old, new, maxsplit=-1):
        return self.__class__(self.data.replace(_plain(old), _plain(new), maxsplit))

    def rfind(self, sub, start=0, end=_MAXSIZE):
        return self.data.rfind(_plain(sub), start, end)

    def rindex(self, sub, start=0, end=_MAXSIZE):
        return self.data.rindex(sub, start, end)

    def rjust(self, width, *args):
        return self.__class__(self.data.rjust(width, *args))

    def rpartition(self, sep):
        return self.data.rpartition(sep)

    def rstrip(self, chars=None):
        return self.__class__(self.data.rstrip(chars))

    def split(self, sep=None, maxsplit=-1):
        return self.data.split(sep, maxsplit)

    def rsplit(self, sep=None, maxsplit=-1):
        return self.data.rsplit(sep, maxsplit)

    def splitlines(self, keepends=False):
        return self.data.splitlines(keepends)

    def startswith(self, prefix, start=0, end=_MAXSIZE):
        return self.data.startswith(prefix, start, end)

    def strip(self, chars=None):
        return self.__class__(self.data.strip(chars))

    def swapcase(self):
        return self.__class__(self.data.swapcase())

    def title(self):
        return self.__class__(self.data.title())

    def translate(self, *args):
        return self.__class__(self.data.translate(*args))

    def upper(self):
        return self.__class__(self.data.upper())

    def zfill(self, width):
        return self.__class__(self.data.zfill(width))
