"""hotpy's itertools: CPython's iterator building blocks, written in Python.

The iterators that programs print, copy or test the type of (count, repeat, cycle, chain,
islice, groupby, tee, ...) are classes named as CPython's, with its reprs, argument checks
and laziness (nothing is read from an input before it is needed: `tee` and `groupby` share
one pass over their input). The rest are generators. product, permutations and the combinations keep their indices in
a native iterator (hotpy/src/objects/pool_iter.rs), as CPython's C code does.
"""

import operator as _operator
import _hotpy

_MAXSIZE = 9223372036854775807


def _integer(value, message):
    try:
        return _operator.index(value)
    except TypeError:
        raise TypeError(message) from None


class _iterator:
    """The iterator protocol for the classes here: `__next__` reads `self._it`."""

    __slots__ = ("_it",)

    def __iter__(self):
        return self

    # Native (objects/pool_iter.rs): `next(self._it)`, one call per item.
    __next__ = _hotpy.method("itertools._iterator.__next__")


class count:
    """count(start=0, step=1): start, start+step, start+2*step, ..."""

    __slots__ = ("_n", "_step")

    def __init__(self, start=0, step=1):
        for v in (start, step):
            if not hasattr(type(v), "__add__") or isinstance(v, (str, bytes, list, tuple)):
                raise TypeError("a number is required")
        self._n = start
        self._step = step

    def __iter__(self):
        return self

    def __next__(self):
        n = self._n
        self._n = n + self._step
        return n

    def __repr__(self):
        step = self._step
        if type(step) is int and step == 1:
            return f"count({self._n!r})"
        return f"count({self._n!r}, {step!r})"

    def __reduce__(self):
        return (count, (self._n, self._step))


class repeat:
    """repeat(object[, times]): object, times times or for ever."""

    __slots__ = ("_obj", "_left")

    def __init__(self, object, times=None):
        self._obj = object
        if times is None:
            self._left = None
        else:
            times = _integer(times, f"'{type(times).__name__}' object cannot be "
                             "interpreted as an integer")
            self._left = max(times, 0)

    def __iter__(self):
        return self

    def __next__(self):
        left = self._left
        if left is None:
            return self._obj
        if left <= 0:
            raise StopIteration
        self._left = left - 1
        return self._obj

    def __length_hint__(self):
        if self._left is None:
            raise TypeError("len() of unsized object")
        return self._left

    def __repr__(self):
        if self._left is None:
            return f"repeat({self._obj!r})"
        return f"repeat({self._obj!r}, {self._left})"

    def __reduce__(self):
        if self._left is None:
            return (repeat, (self._obj,))
        return (repeat, (self._obj, self._left))


def _cycle(iterable):
    saved = []
    for x in iterable:
        yield x
        saved.append(x)
    while saved:
        yield from saved


class cycle(_iterator):
    """cycle(iterable): its items, then the same items again, for ever."""

    __slots__ = ()

    def __init__(self, iterable):
        self._it = _cycle(iter(iterable))


def _chain(iterables):
    for it in iterables:
        yield from it


class chain(_iterator):
    """chain(*iterables); chain.from_iterable(iterables)."""

    __slots__ = ()

    def __init__(self, *iterables):
        self._it = _chain(iterables)

    @classmethod
    def from_iterable(cls, iterables):
        c = cls.__new__(cls)
        c._it = _chain(iterables)
        return c


def _islice(it, start, stop, step):
    # CPython's islice_next: read exactly up to the last item given.
    i = 0
    nexti = start
    while True:
        try:
            while i < nexti:
                next(it)
                i += 1
            if stop is not None and i >= stop:
                return
            item = next(it)
        except StopIteration:
            return
        yield item
        i += 1
        nexti += step
        if stop is not None and nexti > stop:
            nexti = stop


def _slice_bound(value, what):
    if value is None:
        return None
    message = (f"{what} for islice() must be None or an integer: "
               "0 <= x <= sys.maxsize.")
    try:
        value = _operator.index(value)
    except TypeError:
        raise ValueError(message) from None
    if not 0 <= value <= _MAXSIZE:
        raise ValueError(message)
    return value


class islice(_iterator):
    """islice(iterable, stop) or islice(iterable, start, stop[, step])."""

    __slots__ = ()

    def __init__(self, iterable, *args):
        if not 1 <= len(args) <= 3:
            if not args:
                raise TypeError("islice expected at least 2 arguments, got 1")
            raise TypeError(f"islice expected at most 4 arguments, got {len(args) + 1}")
        if len(args) == 1:
            start, stop, step = None, args[0], None
        else:
            start, stop, step = (tuple(args) + (None,))[:3]
        stop = _slice_bound(stop, "Stop argument" if len(args) == 1 else "Indices")
        start = _slice_bound(start, "Indices") or 0
        if step is None:
            step = 1
        else:
            message = "Step for islice() must be a positive integer or None."
            try:
                step = _operator.index(step)
            except TypeError:
                raise ValueError(message) from None
            if step < 1:
                raise ValueError(message)
        self._it = _islice(iter(iterable), start, stop, step)


def accumulate(iterable, func=None, *, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    if func is None:
        for x in it:
            total = total + x
            yield total
    else:
        for x in it:
            total = func(total, x)
            yield total


def takewhile(predicate, iterable):
    for x in iterable:
        if predicate(x):
            yield x
        else:
            return


def dropwhile(predicate, iterable):
    it = iter(iterable)
    for x in it:
        if not predicate(x):
            yield x
            break
    yield from it


def filterfalse(predicate, iterable):
    if predicate is None:
        for x in iterable:
            if not x:
                yield x
    else:
        for x in iterable:
            if not predicate(x):
                yield x


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def _zip_longest(iterators, fillvalue):
    live = len(iterators)
    if not live:
        return
    while True:
        row = []
        for i, it in enumerate(iterators):
            if it is None:
                row.append(fillvalue)
                continue
            try:
                row.append(next(it))
            except StopIteration:
                live -= 1
                if not live:
                    return
                iterators[i] = None
                row.append(fillvalue)
        yield tuple(row)


class zip_longest(_iterator):
    """zip_longest(*iterables, fillvalue=None)."""

    __slots__ = ()

    def __init__(self, *iterables, fillvalue=None):
        self._it = _zip_longest([iter(it) for it in iterables], fillvalue)


class product(_iterator):
    """product(*iterables, repeat=1): the cartesian product, as nested loops."""

    __slots__ = ()

    def __init__(self, *iterables, repeat=1):
        repeat = _integer(repeat, f"'{type(repeat).__name__}' object cannot be "
                          "interpreted as an integer")
        if repeat < 0:
            raise ValueError("repeat argument cannot be negative")
        pools = [tuple(p) for p in iterables] * repeat
        self._it = _hotpy.pool_iter(0, tuple(pools), 0)


_MISSING = object()


def _required(name, *given):
    """CPython's error for a missing required argument of a C function."""
    for i, value in enumerate(given):
        if value is _MISSING:
            which = ("iterable", "r")[i]
            raise TypeError(f"{name}() missing required argument '{which}' (pos {i + 1})")


def _index_r(r):
    """combinations' `r`, converted as CPython's C argument parsing converts an index."""
    r = _integer(r, f"'{type(r).__name__}' object cannot be interpreted as an integer")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


def _r_argument(r):
    r = _integer(r, "Expected int as r")
    if r < 0:
        raise ValueError("r must be non-negative")
    return r


class permutations(_iterator):
    """permutations(iterable, r=None): r-length orderings of its items."""

    __slots__ = ()

    def __init__(self, iterable, r=None):
        pool = tuple(iterable)
        r = len(pool) if r is None else _r_argument(r)
        self._it = _hotpy.pool_iter(1, pool, r)


class combinations(_iterator):
    """combinations(iterable, r): r-length subsequences in sorted order."""

    __slots__ = ()

    def __init__(self, iterable=_MISSING, r=_MISSING):
        _required("combinations", iterable, r)
        pool = tuple(iterable)
        self._it = _hotpy.pool_iter(2, pool, _index_r(r))


class combinations_with_replacement(_iterator):
    """combinations_with_replacement(iterable, r)."""

    __slots__ = ()

    def __init__(self, iterable=_MISSING, r=_MISSING):
        _required("combinations_with_replacement", iterable, r)
        pool = tuple(iterable)
        self._it = _hotpy.pool_iter(3, pool, _index_r(r))


_NO_KEY = object()


def _same(a, b):
    # PyObject_RichCompareBool: identity first.
    return a is b or a == b


class _grouper:
    """One group of a groupby: its items while the groupby is still on this group."""

    __slots__ = ("_parent", "_key", "_id")

    def __init__(self, parent, key, id):
        self._parent = parent
        self._key = key
        self._id = id

    def __iter__(self):
        return self

    def __next__(self):
        parent = self._parent
        if parent._id is not self._id:
            raise StopIteration
        if parent._currkey is _NO_KEY:
            parent._step()
        if not _same(self._key, parent._currkey):
            raise StopIteration
        value = parent._currvalue
        parent._currkey = _NO_KEY
        return value


class groupby:
    """groupby(iterable, key=None): (key, group) for each run of items with equal keys.

    A group shares the groupby's pass over the input: advancing the groupby ends the group
    before it, as in CPython."""

    __slots__ = ("_it", "_keyfunc", "_tgtkey", "_currkey", "_currvalue", "_id")

    def __init__(self, iterable, key=None):
        self._it = iter(iterable)
        self._keyfunc = key
        self._tgtkey = _NO_KEY
        self._currkey = _NO_KEY
        self._currvalue = None
        self._id = None

    def __iter__(self):
        return self

    def _step(self):
        value = next(self._it)
        key = value if self._keyfunc is None else self._keyfunc(value)
        self._currvalue = value
        self._currkey = key

    def __next__(self):
        self._id = object()
        # Skip the rest of the current group.
        while True:
            if self._currkey is _NO_KEY:
                self._step()
            if self._tgtkey is _NO_KEY or not _same(self._tgtkey, self._currkey):
                break
            self._currkey = _NO_KEY
        self._tgtkey = self._currkey
        return (self._currkey, _grouper(self, self._tgtkey, self._id))


def pairwise(iterable):
    it = iter(iterable)
    try:
        a = next(it)
    except StopIteration:
        return
    for b in it:
        yield a, b
        a = b


def compress(data, selectors):
    for d, s in zip(data, selectors):
        if s:
            yield d


class _tee:
    """One iterator of a `tee`: all share one linked buffer of the items read so far."""

    __slots__ = ("_source", "_link")

    def __init__(self, source, link):
        self._source = source
        self._link = link

    def __iter__(self):
        return self

    def __next__(self):
        link = self._link
        if link[1] is None:
            # The first of the tees to get here reads the next item for all.
            value = next(self._source)
            link[0] = value
            link[1] = [None, None]
        self._link = link[1]
        return link[0]

    def __copy__(self):
        return _tee(self._source, self._link)


def tee(iterable, n=2):
    n = _integer(n, f"'{type(n).__name__}' object cannot be interpreted as an integer")
    if n < 0:
        raise ValueError("n must be >= 0")
    if n == 0:
        return ()
    if isinstance(iterable, _tee):
        first = iterable.__copy__()
    else:
        first = _tee(iter(iterable), [None, None])
    return (first,) + tuple(first.__copy__() for _ in range(n - 1))
