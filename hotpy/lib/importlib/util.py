"""importlib.util: module specs from files and loaders, modules from specs, and a module's
spec found without importing it, over hotpy's import system (in Rust: modules/finder.rs)
and `_frozen_importlib`'s ModuleSpec and SourceFileLoader.

A module made with `module_from_spec` and run by `spec.loader.exec_module(module)` runs
its file's source in the module's namespace (its tracebacks name `<string>`: hotpy's
`exec` takes no filename yet)."""

import sys
import _frozen_importlib
from _frozen_importlib import ModuleSpec, SourceFileLoader
from importlib import _resolve_name

# CPython 3.11's bytecode magic number (hotpy writes no .pyc files).
MAGIC_NUMBER = (3495).to_bytes(2, "little") + b"\r\n"
_POPULATE = object()


def resolve_name(name, package):
    """The absolute name of `name` (relative to `package` if it starts with dots)."""
    if not name.startswith("."):
        return name
    if not package:
        raise ImportError(f"no package specified for {repr(name)} "
                          "(required for relative module names)")
    level = 0
    for character in name:
        if character != ".":
            break
        level += 1
    return _resolve_name(name[level:], package, level)


def spec_from_loader(name, loader, *, origin=None, is_package=None):
    """A spec for module `name` loaded by `loader`."""
    if origin is None:
        origin = getattr(loader, "_ORIGIN", None)
    if is_package is None and hasattr(loader, "is_package"):
        try:
            is_package = loader.is_package(name)
        except ImportError:
            is_package = None
    return ModuleSpec(name, loader, origin=origin, is_package=bool(is_package))


def spec_from_file_location(name, location=None, *, loader=None,
                            submodule_search_locations=_POPULATE):
    """A spec for module `name` from the file at `location` (a package if the file is an
    `__init__.py` or `submodule_search_locations` is given)."""
    import os
    if location is None:
        if loader is None or not hasattr(loader, "get_filename"):
            return None
        location = loader.get_filename(name)
    location = os.fspath(location)
    if loader is None:
        if not location.endswith(".py"):
            return None
        loader = SourceFileLoader(name, location)
    spec = ModuleSpec(name, loader, origin=location)
    spec.has_location = True
    if submodule_search_locations is _POPULATE:
        if os.path.basename(location) == "__init__.py":
            spec.submodule_search_locations = [os.path.dirname(location)]
    elif submodule_search_locations is not None:
        spec.submodule_search_locations = list(submodule_search_locations)
    return spec


def module_from_spec(spec):
    """A new module for `spec` (the loader's `create_module` may make it), with its
    `__spec__`, `__loader__`, `__file__`, `__package__` and (a package's) `__path__` set; its
    code does not run yet (`spec.loader.exec_module(module)` runs it)."""
    module = None
    create = getattr(spec.loader, "create_module", None)
    if create is not None:
        module = create(spec)
    elif hasattr(spec.loader, "exec_module"):
        raise ImportError("loaders that define exec_module() must also define create_module()")
    if module is None:
        module = type(sys)(spec.name)
    module.__spec__ = spec
    module.__loader__ = spec.loader
    module.__package__ = spec.parent
    if spec.submodule_search_locations is not None:
        module.__path__ = spec.submodule_search_locations
    if spec.has_location and spec.origin is not None:
        module.__file__ = spec.origin
        module.__cached__ = None
    return module


def find_spec(name, package=None):
    """The spec of module `name` (imported or not; its parent package is imported), or
    None if there is no such module."""
    fullname = resolve_name(name, package) if name.startswith(".") else name
    if fullname in sys.modules:
        module = sys.modules[fullname]
        if module is None:
            return None
        try:
            spec = module.__spec__
        except AttributeError:
            raise ValueError(f"{name}.__spec__ is not set") from None
        if spec is None:
            raise ValueError(f"{name}.__spec__ is None")
        return spec
    parent, _, last = fullname.rpartition(".")
    if parent:
        package_module = __import__(parent, fromlist=["__name__"])
        try:
            paths = package_module.__path__
        except AttributeError:
            raise ModuleNotFoundError(
                f"__path__ attribute not found on {parent!r} while trying to find {fullname!r}",
                name=fullname) from None
    else:
        paths = sys.path
        if fullname in sys.builtin_module_names:
            return ModuleSpec(fullname, _frozen_importlib._BUILTIN, origin="built-in")
    return _find_in(fullname, last, paths)


def _find_in(fullname, last, paths):
    import os
    for entry in paths:
        if not isinstance(entry, str):
            continue
        base = os.path.join(entry or ".", last)
        init = os.path.join(base, "__init__.py")
        if os.path.isfile(init):
            return spec_from_file_location(fullname, init)
        if os.path.isfile(base + ".py"):
            return spec_from_file_location(fullname, base + ".py")
    return None


def cache_from_source(path, debug_override=None, *, optimization=None):
    """Where the bytecode of the source file `path` is cached (hotpy caches none: its
    `sys.implementation.cache_tag` is None, so this is NotImplementedError, as in CPython
    for such an implementation)."""
    import os
    head, tail = os.path.split(os.fspath(path))
    base, _, _ = tail.rpartition(".")
    tag = sys.implementation.cache_tag
    if tag is None:
        raise NotImplementedError("sys.implementation.cache_tag is None")
    opt = "" if not optimization else f".opt-{optimization}"
    return os.path.join(head, "__pycache__", f"{base}.{tag}{opt}.pyc")


def source_from_cache(path):
    """The source file whose bytecode CPython caches at `path`."""
    import os
    if sys.implementation.cache_tag is None:
        raise NotImplementedError("sys.implementation.cache_tag is None")
    head, pycache_filename = os.path.split(os.fspath(path))
    head, pycache = os.path.split(head)
    if pycache != "__pycache__":
        raise ValueError(f"__pycache__ not bottom-level directory in {path!r}")
    if pycache_filename.count(".") not in (2, 3):
        raise ValueError(f"expected only 2 or 3 dots in {pycache_filename!r}")
    base = pycache_filename.split(".")[0]
    return os.path.join(head, base + ".py")


def decode_source(source_bytes):
    """Source bytes as text (universal newlines)."""
    return source_bytes.decode("utf-8").replace("\r\n", "\n").replace("\r", "\n")
