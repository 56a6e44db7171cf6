"""Shallow and deep copies (`copy.copy`, `copy.deepcopy`), as CPython's copy module makes
them: immutable values are themselves, containers are rebuilt, instances get a new object
of their class with copied attributes, and `__copy__`/`__deepcopy__` take over."""


class Error(Exception):
    pass


error = Error


def _atomic(x):
    return x is None or x is ... or isinstance(
        x, (int, float, bool, str, bytes, range, type, frozenset)
    ) or callable(x) and not hasattr(x, "__dict__") or type(x).__name__ in (
        "function",
        "builtin_function_or_method",
        "module",
    )


def copy(x):
    if _atomic(x) or isinstance(x, tuple):
        return x
    cls = type(x)
    copier = getattr(cls, "__copy__", None)
    if copier is not None:
        return copier(x)
    if isinstance(x, list):
        return list(x)
    if isinstance(x, dict):
        return dict(x)
    if isinstance(x, set):
        return set(x)
    new = cls.__new__(cls)
    state = getattr(x, "__dict__", None)
    if state:
        new.__dict__.update(state)
    return new


def deepcopy(x, memo=None):
    if memo is None:
        memo = {}
    key = id(x)
    if key in memo:
        return memo[key]
    if _atomic(x):
        return x
    cls = type(x)
    copier = getattr(cls, "__deepcopy__", None)
    if copier is not None:
        result = copier(x, memo)
    elif isinstance(x, list):
        result = []
        memo[key] = result
        for item in x:
            result.append(deepcopy(item, memo))
    elif isinstance(x, tuple):
        items = [deepcopy(item, memo) for item in x]
        if key in memo:
            return memo[key]
        result = x if all(a is b for a, b in zip(items, x)) else tuple(items)
    elif isinstance(x, dict):
        result = {}
        memo[key] = result
        for k, v in x.items():
            result[deepcopy(k, memo)] = deepcopy(v, memo)
    elif isinstance(x, set):
        result = {deepcopy(item, memo) for item in x}
    else:
        result = cls.__new__(cls)
        memo[key] = result
        state = getattr(x, "__dict__", None)
        if state:
            for k, v in state.items():
                setattr(result, k, deepcopy(v, memo))
    memo[key] = result
    return result
