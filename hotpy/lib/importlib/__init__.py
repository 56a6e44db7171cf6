"""importlib: import_module and reload, over the builtin `__import__` (hotpy's import system
is in Rust: modules/mod.rs)."""
import sys


def _resolve_name(name, package, level):
    bits = package.rsplit(".", level - 1)
    if len(bits) < level:
        raise ImportError("attempted relative import beyond top-level package")
    base = bits[0]
    return "{}.{}".format(base, name) if name else base


def import_module(name, package=None):
    """Imports module `name` (relative to `package` if it starts with dots); returns the
    module itself (not its top-level package, as `__import__` does)."""
    level = 0
    if name.startswith("."):
        if not package:
            raise TypeError(
                "the 'package' argument is required to perform a relative import for {!r}".format(name)
            )
        for character in name:
            if character != ".":
                break
            level += 1
    if not isinstance(name, str):
        raise TypeError("module name must be str, not {}".format(type(name)))
    if level > 0:
        if not isinstance(package, str):
            raise TypeError("__package__ not set to a string")
        absolute = _resolve_name(name[level:], package, level)
    else:
        if not name:
            raise ValueError("Empty module name")
        absolute = name
    __import__(absolute)
    return sys.modules[absolute]


def reload(module):
    """Runs the module's body again in the same module object."""
    name = getattr(module, "__name__", None)
    if name is None or sys.modules.get(name) is not module:
        raise ImportError("module {} not in sys.modules".format(name), name=name)
    file = getattr(module, "__file__", None)
    if file is None:
        return module
    with open(file) as f:
        source = f.read()
    exec(source, module.__dict__)
    return sys.modules[name]


def invalidate_caches():
    pass
