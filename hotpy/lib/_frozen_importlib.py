"""Module specs and loaders (what CPython's importlib._bootstrap gives a module as
`__spec__` and `__loader__`). hotpy's import system itself is in Rust (modules/mod.rs)."""


class ModuleSpec:
    def __init__(self, name, loader, *, origin=None, is_package=None):
        self.name = name
        self.loader = loader
        self.origin = origin
        self.submodule_search_locations = [] if is_package else None
        self.loader_state = None
        self.cached = None
        self.has_location = False
        self._initializing = False

    @property
    def parent(self):
        if self.submodule_search_locations is None:
            return self.name.rpartition(".")[0]
        return self.name

    def __repr__(self):
        args = ["name={!r}".format(self.name), "loader={!r}".format(self.loader)]
        if self.origin is not None:
            args.append("origin={!r}".format(self.origin))
        if self.submodule_search_locations is not None:
            args.append("submodule_search_locations={}".format(self.submodule_search_locations))
        return "ModuleSpec({})".format(", ".join(args))


class BuiltinImporter:
    def __repr__(self):
        return "<class '_frozen_importlib.BuiltinImporter'>"


class SourceFileLoader:
    def __init__(self, fullname, path):
        self.name = fullname
        self.path = path

    def get_filename(self, name=None):
        return self.path

    def get_data(self, path):
        with open(path, "rb") as f:
            return f.read()

    def get_source(self, name=None):
        return self.get_data(self.path).decode("utf-8")

    def is_package(self, name=None):
        return self.path.rpartition("/")[2] == "__init__.py"

    def create_module(self, spec):
        return None

    def exec_module(self, module):
        """Runs the file's source in `module`'s namespace."""
        exec(self.get_source(), module.__dict__)

    def load_module(self, name=None):
        import sys
        from importlib.util import spec_from_file_location, module_from_spec
        name = self.name if name is None else name
        module = module_from_spec(spec_from_file_location(name, self.path, loader=self))
        sys.modules[name] = module
        self.exec_module(module)
        return sys.modules[name]

    def __repr__(self):
        return "<_frozen_importlib_external.SourceFileLoader object>"


class NamespaceLoader:
    def __repr__(self):
        return "<_frozen_importlib_external.NamespaceLoader object>"


_BUILTIN = BuiltinImporter()


def _make_spec(module, name, origin, locations, builtin):
    """Sets `module.__spec__` and `module.__loader__` (called before the body runs)."""
    if builtin:
        loader = _BUILTIN
        spec = ModuleSpec(name, loader, origin="built-in")
    elif origin is None:
        loader = NamespaceLoader()
        spec = ModuleSpec(name, loader, is_package=True)
        spec.submodule_search_locations = locations
    else:
        loader = SourceFileLoader(name, origin)
        spec = ModuleSpec(name, loader, origin=origin, is_package=locations is not None)
        spec.has_location = True
        if locations is not None:
            spec.submodule_search_locations = locations
    module.__spec__ = spec
    module.__loader__ = loader
