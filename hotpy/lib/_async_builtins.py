"""The builtins `aiter` and `anext`: the asynchronous `iter` and `next`."""


def aiter(async_iterable, /):
    """Return an async iterator for an async iterable object."""
    method = getattr(type(async_iterable), "__aiter__", None)
    if method is None:
        raise TypeError(
            "'%s' object is not an async iterable" % type(async_iterable).__name__)
    iterator = method(async_iterable)
    if getattr(type(iterator), "__anext__", None) is None:
        raise TypeError(
            "aiter() returned not an async iterator of type '%s'" % type(iterator).__name__)
    return iterator


_MISSING = object()


def anext(aiterator, default=_MISSING, /):
    """Return the awaitable of the next item of an async iterator; with `default`, awaiting
    it gives `default` when the iterator is exhausted (hotpy: a coroutine doing that)."""
    method = getattr(type(aiterator), "__anext__", None)
    if method is None:
        raise TypeError("'%s' object is not an async iterator" % type(aiterator).__name__)
    awaitable = method(aiterator)
    if default is _MISSING:
        return awaitable
    return _anext_default(awaitable, default)


async def _anext_default(awaitable, default):
    try:
        return await awaitable
    except StopAsyncIteration:
        return default
