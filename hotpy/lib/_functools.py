"""hotpy's _functools: the part of CPython's C accelerator module that matters for speed,
`_lru_cache_wrapper` (what `functools.lru_cache` and `functools.cache` make). Its call is
native (hotpy/src/modules/lru_cache.rs): a hit is one dict look-up, no Python frame. The
rest of functools (reduce, partial, cmp_to_key) is CPython's Python code, which imports
what it finds here and falls back to its own definitions for the others."""

import _hotpy

# What the native call reads: `_state` is a list of these, in this order.
_FUNC, _CACHE, _MAXSIZE, _TYPED, _MARK, _HITS, _MISSES = range(7)

# Separates the positional arguments of a key from the keyword ones (CPython's kwd_mark).
_KWD_MARK = object()


class _lru_cache_wrapper:
    """The callable `lru_cache` returns: calls `user_function` once per distinct arguments
    and keeps up to `maxsize` results (None: all), the least recently used going first."""

    def __init__(self, user_function, maxsize, typed, _CacheInfo):
        if not callable(user_function):
            raise TypeError("the first argument must be callable")
        if maxsize is None:
            pass
        elif isinstance(maxsize, int):
            if maxsize < 0:
                maxsize = 0
        else:
            raise TypeError("maxsize should be integer or None")
        self._state = [user_function, {}, maxsize, bool(typed), _KWD_MARK, 0, 0]
        self._cache_info_type = _CacheInfo

    __call__ = _hotpy.method("functools._lru_cache_wrapper.__call__")

    def __get__(self, obj, objtype=None):
        if obj is None:
            return self
        return _MethodType(self, obj)

    def cache_info(self):
        """Report cache statistics"""
        state = self._state
        return self._cache_info_type(state[_HITS], state[_MISSES], state[_MAXSIZE],
                                     len(state[_CACHE]))

    def cache_clear(self):
        """Clear the cache and cache statistics"""
        state = self._state
        state[_CACHE].clear()
        state[_HITS] = state[_MISSES] = 0

    def __reduce__(self):
        return self.__qualname__

    def __copy__(self):
        return self

    def __deepcopy__(self, memo):
        return self


_lru_cache_wrapper.__module__ = "functools"


class _Probe:
    def method(self):
        pass


# The type of bound methods (types.MethodType, without importing types).
_MethodType = type(_Probe().method)
del _Probe
