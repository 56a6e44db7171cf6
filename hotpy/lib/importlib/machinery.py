"""importlib.machinery: the spec and loader classes hotpy's import system uses, and the
file suffixes it imports (source files only)."""

from _frozen_importlib import ModuleSpec, SourceFileLoader, BuiltinImporter, NamespaceLoader

SOURCE_SUFFIXES = [".py"]
BYTECODE_SUFFIXES = [".pyc"]
EXTENSION_SUFFIXES = []
DEBUG_BYTECODE_SUFFIXES = OPTIMIZED_BYTECODE_SUFFIXES = BYTECODE_SUFFIXES


def all_suffixes():
    """The suffixes of the files an import may load."""
    return SOURCE_SUFFIXES + BYTECODE_SUFFIXES + EXTENSION_SUFFIXES


def _find_in_directory(directory, fullname):
    """The spec of module `fullname` found as a source file or package in `directory`."""
    import os
    from importlib.util import spec_from_file_location
    tail = fullname.rpartition(".")[2]
    base = os.path.join(directory or ".", tail)
    init = os.path.join(base, "__init__.py")
    if os.path.isfile(init):
        return spec_from_file_location(fullname, init)
    if os.path.isfile(base + ".py"):
        return spec_from_file_location(fullname, base + ".py")
    return None


class FileFinder:
    """The finder of the modules in one directory (hotpy imports source files only)."""

    def __init__(self, path, *loader_details):
        self.path = path or "."
        self._loaders = loader_details

    def find_spec(self, fullname, target=None):
        return _find_in_directory(self.path, fullname)

    def invalidate_caches(self):
        pass

    @classmethod
    def path_hook(cls, *loader_details):
        def path_hook_for_FileFinder(path):
            import os
            if not os.path.isdir(path or "."):
                raise ImportError("only directories are supported", path=path)
            return cls(path, *loader_details)
        return path_hook_for_FileFinder

    def __repr__(self):
        return f"FileFinder({self.path!r})"


class PathFinder:
    """The finder of modules on `sys.path` (or a package's `__path__`)."""

    @classmethod
    def find_spec(cls, fullname, path=None, target=None):
        import sys
        for directory in (sys.path if path is None else path):
            if isinstance(directory, str):
                spec = _find_in_directory(directory, fullname)
                if spec is not None:
                    return spec
        return None

    @classmethod
    def invalidate_caches(cls):
        pass


def _install_path_hook():
    import sys
    if not sys.path_hooks:
        sys.path_hooks.append(FileFinder.path_hook())


_install_path_hook()
del _install_path_hook
