"""hotpy's itertools: the common iterator building blocks, as generators."""


def count(start=0, step=1):
    n = start
    while True:
        yield n
        n += step


def repeat(obj, times=None):
    if times is None:
        while True:
            yield obj
    else:
        for _ in range(times):
            yield obj


def cycle(iterable):
    saved = []
    for x in iterable:
        yield x
        saved.append(x)
    while saved:
        for x in saved:
            yield x


def _chain(iterables):
    for it in iterables:
        for x in it:
            yield x


class chain:
    """chain(*iterables); chain.from_iterable(iterables)."""

    def __init__(self, *iterables):
        self._it = _chain(iterables)

    def __iter__(self):
        return self

    def __next__(self):
        return next(self._it)

    @classmethod
    def from_iterable(cls, iterables):
        c = cls()
        c._it = _chain(iterables)
        return c


def islice(iterable, *args):
    if len(args) == 1:
        start, stop, step = 0, args[0], 1
    elif len(args) == 2:
        start, stop, step = args[0], args[1], 1
    else:
        start, stop, step = args
    if start is None:
        start = 0
    if step is None:
        step = 1
    it = iter(iterable)
    i = 0
    nexti = start
    while stop is None or i < stop:
        try:
            x = next(it)
        except StopIteration:
            return
        if i == nexti:
            yield x
            nexti += step
        i += 1


def accumulate(iterable, func=None, initial=None):
    it = iter(iterable)
    total = initial
    if initial is None:
        try:
            total = next(it)
        except StopIteration:
            return
    yield total
    for x in it:
        total = total + x if func is None else func(total, x)
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
    for x in it:
        yield x


def filterfalse(predicate, iterable):
    for x in iterable:
        if not (bool(x) if predicate is None else predicate(x)):
            yield x


def starmap(function, iterable):
    for args in iterable:
        yield function(*args)


def zip_longest(*iterables, fillvalue=None):
    iterators = [iter(it) for it in iterables]
    done = [False] * len(iterators)
    while True:
        row = []
        live = 0
        for i, it in enumerate(iterators):
            if done[i]:
                row.append(fillvalue)
                continue
            try:
                row.append(next(it))
                live += 1
            except StopIteration:
                done[i] = True
                row.append(fillvalue)
        if live == 0:
            return
        yield tuple(row)


def product(*iterables, repeat=1):
    pools = [tuple(p) for p in iterables] * repeat
    result = [[]]
    for pool in pools:
        result = [x + [y] for x in result for y in pool]
    for prod in result:
        yield tuple(prod)


def permutations(iterable, r=None):
    pool = tuple(iterable)
    n = len(pool)
    r = n if r is None else r
    if r > n:
        return
    indices = list(range(n))
    cycles = list(range(n, n - r, -1))
    yield tuple(pool[i] for i in indices[:r])
    while n:
        for i in reversed(range(r)):
            cycles[i] -= 1
            if cycles[i] == 0:
                indices[i:] = indices[i + 1:] + indices[i:i + 1]
                cycles[i] = n - i
            else:
                j = cycles[i]
                indices[i], indices[-j] = indices[-j], indices[i]
                yield tuple(pool[i] for i in indices[:r])
                break
        else:
            return


def combinations(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if r > n:
        return
    indices = list(range(r))
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != i + n - r:
                break
        else:
            return
        indices[i] += 1
        for j in range(i + 1, r):
            indices[j] = indices[j - 1] + 1
        yield tuple(pool[i] for i in indices)


def combinations_with_replacement(iterable, r):
    pool = tuple(iterable)
    n = len(pool)
    if not n and r:
        return
    indices = [0] * r
    yield tuple(pool[i] for i in indices)
    while True:
        for i in reversed(range(r)):
            if indices[i] != n - 1:
                break
        else:
            return
        indices[i:] = [indices[i] + 1] * (r - i)
        yield tuple(pool[i] for i in indices)


def groupby(iterable, key=None):
    keyfunc = (lambda x: x) if key is None else key
    group = []
    current = None
    first = True
    for x in iterable:
        k = keyfunc(x)
        if first:
            current = k
            first = False
        elif k != current:
            yield current, iter(group)
            group = []
            current = k
        group.append(x)
    if not first:
        yield current, iter(group)


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


def tee(iterable, n=2):
    items = list(iterable)
    return tuple(iter(list(items)) for _ in range(n))
