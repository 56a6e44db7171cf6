"""hotpy's collections: deque, defaultdict, OrderedDict, Counter and namedtuple, written in
Python over hotpy's builtin list and dict (so they are not dict or list subclasses)."""

import _thread

# (id, thread) of the deques whose repr is being written.
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


class defaultdict(dict):
    """A dict that makes missing values with `default_factory`."""

    def __init__(self, default_factory=None, *args, **kwargs):
        if default_factory is not None and not callable(default_factory):
            raise TypeError("first argument must be callable or None")
        super().__init__(*args, **kwargs)
        self.default_factory = default_factory

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self[key] = value
        return value

    def copy(self):
        return defaultdict(self.default_factory, self)

    __copy__ = copy

    def __repr__(self):
        return "defaultdict(%r, %s)" % (self.default_factory, super().__repr__())


class OrderedDict(dict):
    """A dict that remembers insertion order (as every dict does) and can reorder it."""

    def __iter__(self):
        # CPython's OrderedDict iterator: a change of size is a RuntimeError at the next
        # step that has a key to give, and the end of the keys it started with is the end.
        keys = list(dict.keys(self))
        size = len(self)
        for i, key in enumerate(keys):
            if i and len(self) != size:
                raise RuntimeError("OrderedDict mutated during iteration")
            yield key

    def move_to_end(self, key, last=True):
        value = self.pop(key)
        if last:
            self[key] = value
        else:
            rest = list(self.items())
            self.clear()
            self[key] = value
            for k, v in rest:
                self[k] = v

    def popitem(self, last=True):
        if not self:
            raise KeyError("dictionary is empty")
        keys = list(self.keys())
        key = keys[-1] if last else keys[0]
        return key, self.pop(key)

    def copy(self):
        return OrderedDict(self)

    def __eq__(self, other):
        if isinstance(other, OrderedDict):
            return list(self.items()) == list(other.items())
        return super().__eq__(other)

    def __repr__(self):
        if not self:
            return "OrderedDict()"
        return "OrderedDict(%r)" % (list(self.items()),)


class Counter(dict):
    """A dict of counts: missing keys count zero."""

    def __init__(self, iterable=None, **kwargs):
        super().__init__()
        self.update(iterable, **kwargs)

    def __missing__(self, key):
        return 0

    def update(self, iterable=None, **kwargs):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k, v in iterable.items():
                    self[k] = self.get(k, 0) + v
            else:
                for x in iterable:
                    self[x] = self.get(x, 0) + 1
        for k, v in kwargs.items():
            self[k] = self.get(k, 0) + v

    def subtract(self, iterable=None, **kwargs):
        if iterable is not None:
            if isinstance(iterable, dict):
                for k, v in iterable.items():
                    self[k] = self.get(k, 0) - v
            else:
                for x in iterable:
                    self[x] = self.get(x, 0) - 1
        for k, v in kwargs.items():
            self[k] = self.get(k, 0) - v

    def most_common(self, n=None):
        ordered = sorted(self.items(), key=lambda kv: kv[1], reverse=True)
        return ordered if n is None else ordered[:n]

    def elements(self):
        for k, v in self.items():
            for _ in range(v):
                yield k

    def total(self):
        return sum(self.values())

    def copy(self):
        return Counter(self)

    def __add__(self, other):
        result = Counter()
        for k, v in self.items():
            if v + other[k] > 0:
                result[k] = v + other[k]
        for k, v in other.items():
            if k not in self and v > 0:
                result[k] = v
        return result

    def __and__(self, other):
        result = Counter()
        for k, v in self.items():
            m = min(v, other[k])
            if m > 0:
                result[k] = m
        return result

    def __or__(self, other):
        result = Counter()
        for k, v in self.items():
            m = max(v, other[k])
            if m > 0:
                result[k] = m
        for k, v in other.items():
            if k not in self and v > 0:
                result[k] = v
        return result

    def __sub__(self, other):
        result = Counter()
        for k, v in self.items():
            if v - other[k] > 0:
                result[k] = v - other[k]
        return result

    def __repr__(self):
        if not self:
            return "Counter()"
        items = ", ".join("%r: %r" % kv for kv in self.most_common())
        return "Counter({%s})" % items


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


def namedtuple(typename, field_names, *, rename=False, defaults=None, module=None):
    """A new subclass of tuple with named fields (CPython's rules for names, defaults,
    `_make`, `_replace`, `_asdict`, `_fields`, `_field_defaults`)."""
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

    def __new__(_cls, *args, **kwargs):
        if len(args) > num_fields:
            raise TypeError("%s.__new__() takes %d positional arguments but %d were given"
                            % (typename, num_fields + 1, len(args) + 1))
        values = list(args)
        for name in fields[:len(args)]:
            if name in kwargs:
                raise TypeError("%s.__new__() got multiple values for argument %r"
                                % (typename, name))
        for name in fields[len(args):]:
            if name in kwargs:
                values.append(kwargs.pop(name))
            elif name in field_defaults:
                values.append(field_defaults[name])
            else:
                missing = [n for n in fields[len(values):] if n not in kwargs
                           and n not in field_defaults]
                if len(missing) == 1:
                    raise TypeError("%s.__new__() missing 1 required positional argument: %r"
                                    % (typename, missing[0]))
                names = ", ".join(repr(n) for n in missing[:-1]) + " and %r" % missing[-1]
                raise TypeError("%s.__new__() missing %d required positional arguments: %s"
                                % (typename, len(missing), names))
        if kwargs:
            name = next(iter(kwargs))
            if name in fields:
                raise TypeError("%s.__new__() got multiple values for argument %r"
                                % (typename, name))
            raise TypeError("%s.__new__() got an unexpected keyword argument %r"
                            % (typename, name))
        return tuple.__new__(_cls, values)

    __new__.__doc__ = "Create new instance of %s(%s)" % (typename, arg_list)

    @classmethod
    def _make(cls, iterable):
        result = tuple.__new__(cls, iterable)
        if len(result) != num_fields:
            raise TypeError("Expected %d arguments, got %d" % (num_fields, len(result)))
        return result

    def _replace(self, /, **kwds):
        result = self._make(map(kwds.pop, fields, self))
        if kwds:
            raise ValueError("Got unexpected field names: %r" % list(kwds))
        return result

    def __repr__(self):
        return self.__class__.__name__ + repr_fmt % tuple(self)

    def _asdict(self):
        return dict(zip(self._fields, self))

    def __getnewargs__(self):
        return tuple(self)

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
    result.__module__ = module if module is not None else "__main__"
    return result


# ----- ChainMap and the User* wrappers (on collections.abc) -----

from collections import abc as _abc  # noqa: E402  (also makes `collections.abc` an attribute)

_abc.MutableSequence.register(deque)


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

    def __repr__(self):
        return "%s(%s)" % (type(self).__name__, ", ".join(map(repr, self.maps)))

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

    def get(self, key, default=None):
        if key in self:
            return self[key]
        return default

    def __repr__(self):
        return repr(self.data)

    def __or__(self, other):
        if isinstance(other, UserDict):
            return self.__class__(self.data | other.data)
        if isinstance(other, dict):
            return self.__class__(self.data | other)
        return NotImplemented

    def __ior__(self, other):
        if isinstance(other, UserDict):
            self.data |= other.data
        else:
            self.data |= other
        return self

    def copy(self):
        c = self.__class__.__new__(self.__class__)
        c.__dict__.update(self.__dict__)
        c.data = self.data.copy()
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


class UserString(_abc.Sequence):
    """A str kept in `self.data`, for subclassing."""

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

    def __hash__(self):
        return hash(self.data)

    def __eq__(self, string):
        if isinstance(string, UserString):
            return self.data == string.data
        return self.data == string

    def __lt__(self, string):
        if isinstance(string, UserString):
            return self.data < string.data
        return self.data < string

    def __le__(self, string):
        if isinstance(string, UserString):
            return self.data <= string.data
        return self.data <= string

    def __gt__(self, string):
        if isinstance(string, UserString):
            return self.data > string.data
        return self.data > string

    def __ge__(self, string):
        if isinstance(string, UserString):
            return self.data >= string.data
        return self.data >= string

    def __contains__(self, char):
        if isinstance(char, UserString):
            char = char.data
        return char in self.data

    def __len__(self):
        return len(self.data)

    def __getitem__(self, index):
        return self.__class__(self.data[index])

    def __add__(self, other):
        if isinstance(other, UserString):
            return self.__class__(self.data + other.data)
        elif isinstance(other, str):
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

    def __getattr__(self, name):
        # The str methods, their str results wrapped again.
        if name.startswith("__"):
            raise AttributeError(name)
        method = getattr(self.data, name)
        if not callable(method):
            return method

        def call(*args, **kwargs):
            args = [a.data if isinstance(a, UserString) else a for a in args]
            result = method(*args, **kwargs)
            if isinstance(result, str):
                return self.__class__(result)
            return result
        return call
