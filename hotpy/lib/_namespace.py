"""What `globals()` returns: a module's namespace as a dict that reads and writes the
module's global variables (hotpy keeps them in indexed slots, not in a dict)."""
import _hotpy

_MISSING = object()


class ModuleNamespace(dict):
    def __init__(self, module):
        object.__setattr__(self, "_module", module)

    def __getitem__(self, key):
        return _hotpy.global_get(self._module, key)

    def __setitem__(self, key, value):
        _hotpy.global_set(self._module, key, value)

    def __delitem__(self, key):
        _hotpy.global_set(self._module, key)

    def __contains__(self, key):
        return key in _hotpy.global_names(self._module)

    def __iter__(self):
        return iter(_hotpy.global_names(self._module))

    def __len__(self):
        return len(_hotpy.global_names(self._module))

    def __bool__(self):
        return len(self) > 0

    # Views of a snapshot: dict_keys/dict_values/dict_items as CPython's, though not live.
    def keys(self):
        return self.copy().keys()

    def values(self):
        return self.copy().values()

    def items(self):
        return self.copy().items()

    def get(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            return default

    def setdefault(self, key, default=None):
        try:
            return self[key]
        except KeyError:
            self[key] = default
            return default

    def pop(self, key, default=_MISSING):
        try:
            value = self[key]
        except KeyError:
            if default is _MISSING:
                raise
            return default
        del self[key]
        return value

    def update(self, other=(), **kwargs):
        # As dict.update: a mapping (anything with `keys`) by its keys, else pairs.
        if hasattr(other, "keys"):
            for key in other.keys():
                self[key] = other[key]
        else:
            for key, value in other:
                self[key] = value
        for key, value in kwargs.items():
            self[key] = value

    def copy(self):
        return {k: self[k] for k in _hotpy.global_names(self._module)}

    def __eq__(self, other):
        return self.copy() == other

    def __repr__(self):
        return repr(self.copy())
