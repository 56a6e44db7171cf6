"""hotpy's collections: deque, defaultdict, OrderedDict, Counter and namedtuple, written in
Python over hotpy's builtin list and dict (so they are not dict or list subclasses)."""


class deque:
    def __init__(self, iterable=(), maxlen=None):
        self.maxlen = maxlen
        self._items = []
        for x in iterable:
            self.append(x)

    def append(self, x):
        self._items.append(x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop(0)

    def appendleft(self, x):
        self._items.insert(0, x)
        if self.maxlen is not None and len(self._items) > self.maxlen:
            self._items.pop()

    def pop(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop()

    def popleft(self):
        if not self._items:
            raise IndexError("pop from an empty deque")
        return self._items.pop(0)

    def extend(self, iterable):
        for x in iterable:
            self.append(x)

    def extendleft(self, iterable):
        for x in iterable:
            self.appendleft(x)

    def rotate(self, n=1):
        if self._items:
            n = n % len(self._items)
            self._items[:] = self._items[-n:] + self._items[:-n]

    def clear(self):
        self._items = []

    def count(self, x):
        return self._items.count(x)

    def remove(self, x):
        self._items.remove(x)

    def reverse(self):
        self._items.reverse()

    def index(self, x):
        return self._items.index(x)

    def __len__(self):
        return len(self._items)

    def __bool__(self):
        return len(self._items) > 0

    def __iter__(self):
        return iter(list(self._items))

    def __reversed__(self):
        return iter(self._items[::-1])

    def __getitem__(self, i):
        return self._items[i]

    def __setitem__(self, i, v):
        self._items[i] = v

    def __contains__(self, x):
        return x in self._items

    def __eq__(self, other):
        return isinstance(other, deque) and self._items == other._items

    def __repr__(self):
        if self.maxlen is None:
            return "deque(%r)" % (self._items,)
        return "deque(%r, maxlen=%d)" % (self._items, self.maxlen)


class _Mapping:
    """The dict protocol over `self._d`."""

    def __len__(self):
        return len(self._d)

    def __iter__(self):
        return iter(list(self._d.keys()))

    def __contains__(self, key):
        return key in self._d

    def __getitem__(self, key):
        if key in self._d:
            return self._d[key]
        return self.__missing__(key)

    def __missing__(self, key):
        raise KeyError(key)

    def __setitem__(self, key, value):
        self._d[key] = value

    def __delitem__(self, key):
        del self._d[key]

    def __eq__(self, other):
        if isinstance(other, _Mapping):
            return self._d == other._d
        return self._d == other

    def __bool__(self):
        return len(self._d) > 0

    def keys(self):
        return self._d.keys()

    def values(self):
        return self._d.values()

    def items(self):
        return self._d.items()

    def get(self, key, default=None):
        return self._d.get(key, default)

    def pop(self, key, *default):
        return self._d.pop(key, *default)

    def setdefault(self, key, default=None):
        return self._d.setdefault(key, default)

    def update(self, other=(), **kwargs):
        if isinstance(other, _Mapping):
            other = other._d
        self._d.update(other, **kwargs)

    def clear(self):
        self._d.clear()

    def copy(self):
        c = self.__class__.__new_empty__(self)
        c._d = self._d.copy()
        return c


class defaultdict(_Mapping):
    def __init__(self, default_factory=None, *args, **kwargs):
        self.default_factory = default_factory
        self._d = dict(*args, **kwargs)

    def __new_empty__(self):
        return defaultdict(self.default_factory)

    def __missing__(self, key):
        if self.default_factory is None:
            raise KeyError(key)
        value = self.default_factory()
        self._d[key] = value
        return value

    def __repr__(self):
        return "defaultdict(%r, %r)" % (self.default_factory, self._d)


class OrderedDict(_Mapping):
    def __init__(self, *args, **kwargs):
        self._d = dict(*args, **kwargs)

    def __new_empty__(self):
        return OrderedDict()

    def move_to_end(self, key, last=True):
        value = self._d.pop(key)
        if last:
            self._d[key] = value
        else:
            rest = list(self._d.items())
            self._d.clear()
            self._d[key] = value
            for k, v in rest:
                self._d[k] = v

    def popitem(self, last=True):
        if not self._d:
            raise KeyError("dictionary is empty")
        keys = list(self._d.keys())
        key = keys[-1] if last else keys[0]
        return key, self._d.pop(key)

    def __repr__(self):
        if not self._d:
            return "OrderedDict()"
        return "OrderedDict(%r)" % (list(self._d.items()),)


class Counter(_Mapping):
    def __init__(self, iterable=None, **kwargs):
        self._d = {}
        self.update(iterable, **kwargs)

    def __new_empty__(self):
        return Counter()

    def __missing__(self, key):
        return 0

    def update(self, iterable=None, **kwargs):
        if iterable is not None:
            if isinstance(iterable, (dict, _Mapping)):
                for k, v in iterable.items():
                    self._d[k] = self._d.get(k, 0) + v
            else:
                for x in iterable:
                    self._d[x] = self._d.get(x, 0) + 1
        for k, v in kwargs.items():
            self._d[k] = self._d.get(k, 0) + v

    def subtract(self, iterable=None, **kwargs):
        if iterable is not None:
            if isinstance(iterable, (dict, _Mapping)):
                for k, v in iterable.items():
                    self._d[k] = self._d.get(k, 0) - v
            else:
                for x in iterable:
                    self._d[x] = self._d.get(x, 0) - 1
        for k, v in kwargs.items():
            self._d[k] = self._d.get(k, 0) - v

    def most_common(self, n=None):
        ordered = sorted(self._d.items(), key=lambda kv: kv[1], reverse=True)
        return ordered if n is None else ordered[:n]

    def elements(self):
        for k, v in self._d.items():
            for _ in range(v):
                yield k

    def total(self):
        return sum(self._d.values())

    def __add__(self, other):
        result = Counter()
        for k, v in self._d.items():
            if v + other[k] > 0:
                result._d[k] = v + other[k]
        for k, v in other._d.items():
            if k not in self._d and v > 0:
                result._d[k] = v
        return result

    def __and__(self, other):
        result = Counter()
        for k, v in self._d.items():
            m = min(v, other[k])
            if m > 0:
                result._d[k] = m
        return result

    def __or__(self, other):
        result = Counter()
        for k, v in self._d.items():
            m = max(v, other[k])
            if m > 0:
                result._d[k] = m
        for k, v in other._d.items():
            if k not in self._d and v > 0:
                result._d[k] = v
        return result

    def __sub__(self, other):
        result = Counter()
        for k, v in self._d.items():
            if v - other[k] > 0:
                result._d[k] = v - other[k]
        return result

    def __repr__(self):
        if not self._d:
            return "Counter()"
        items = ", ".join("%r: %r" % kv for kv in self.most_common())
        return "Counter({%s})" % items


def namedtuple(typename, field_names, defaults=None):
    if isinstance(field_names, str):
        field_names = field_names.replace(",", " ").split()
    fields = tuple(field_names)
    defaults = tuple(defaults) if defaults is not None else ()

    class _NamedTuple:
        _fields = fields
        __name__ = typename

        def __init__(self, *args, **kwargs):
            values = list(args)
            missing = fields[len(values):]
            first_default = len(fields) - len(defaults)
            for i, name in enumerate(missing):
                index = len(args) + i
                if name in kwargs:
                    values.append(kwargs.pop(name))
                elif index >= first_default:
                    values.append(defaults[index - first_default])
                else:
                    raise TypeError("%s.__new__() missing 1 required positional argument: '%s'" % (typename, name))
            if kwargs:
                raise TypeError("%s.__new__() got an unexpected keyword argument '%s'" % (typename, list(kwargs)[0]))
            if len(values) > len(fields):
                raise TypeError("%s.__new__() takes %d positional arguments but %d were given" % (typename, len(fields) + 1, len(values) + 1))
            self._values = tuple(values)

        def __getattr__(self, name):
            if name in fields:
                return self._values[fields.index(name)]
            raise AttributeError("'%s' object has no attribute '%s'" % (typename, name))

        def __getitem__(self, i):
            return self._values[i]

        def __iter__(self):
            return iter(self._values)

        def __len__(self):
            return len(self._values)

        def __eq__(self, other):
            if isinstance(other, tuple):
                return self._values == other
            return self._values == getattr(other, "_values", None)

        def __lt__(self, other):
            return self._values < tuple(other)

        def __hash__(self):
            return hash(self._values)

        def __repr__(self):
            parts = ", ".join("%s=%r" % (n, v) for n, v in zip(fields, self._values))
            return "%s(%s)" % (typename, parts)

        def __setattr__(self, name, value):
            if name == "_values":
                object.__setattr__(self, name, value)
            else:
                raise AttributeError("can't set attribute")

        @classmethod
        def _make(cls, iterable):
            return cls(*iterable)

        def _asdict(self):
            return dict(zip(fields, self._values))

        def _replace(self, **changes):
            values = [changes.pop(n, v) for n, v in zip(fields, self._values)]
            return _NamedTuple(*values)

    return _NamedTuple
