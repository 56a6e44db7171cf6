# Module attributes: __name__, __package__, __file__, __spec__, __path__, __doc__,
# the __main__ guard, module globals.
import sys

print("script body runs as", __name__)
MARK = "mark-" + __name__


def rel(path):
    """The path relative to this test's directory (paths vary between checkouts)."""
    here = __file__.replace("\\", "/").rsplit("/", 1)[0]
    path = path.replace("\\", "/")
    if path.startswith(here + "/"):
        return path[len(here) + 1:]
    return "OUTSIDE:" + path


def show(m):
    spec = m.__spec__
    print(" ", m.__name__, "| package:", repr(m.__package__), "| file:", rel(m.__file__),
          "| spec.name:", spec.name, "| spec.parent:", repr(spec.parent),
          "| has __path__:", hasattr(m, "__path__"),
          "| spec has locations:", spec.submodule_search_locations is not None)


if __name__ == "__main__":
    print("-- the script")
    print("__name__:", __name__)
    print("__package__:", __package__)
    print("__spec__:", __spec__)
    print("__file__ basename:", __file__.replace("\\", "/").rsplit("/", 1)[-1])
    print("__file__ is absolute:", __file__.startswith("/"))
    print("__doc__:", __doc__)
    print("sys.modules['__main__'] MARK:", sys.modules["__main__"].MARK)
    print("imports_attrs in sys.modules:", "imports_attrs" in sys.modules)

    print("-- a top-level module")
    import hp_attr_mod
    show(hp_attr_mod)
    print("__doc__:", hp_attr_mod.__doc__)
    for k in ("__name__", "__doc__", "__package__", "__loader__", "__spec__", "__file__", "__path__"):
        print("  has", k, k in vars(hp_attr_mod))

    print("-- module globals are the module's __dict__")
    print(hp_attr_mod.my_globals() is vars(hp_attr_mod), hp_attr_mod.__dict__ is vars(hp_attr_mod))
    hp_attr_mod.X = 99
    print("get_x after setattr:", hp_attr_mod.get_x())
    hp_attr_mod.NEW = "new"
    print("NEW in globals:", hp_attr_mod.my_globals()["NEW"])
    del hp_attr_mod.NEW
    print("NEW after del:", hasattr(hp_attr_mod, "NEW"))

    print("-- packages and submodules")
    import hp_attr_pkg.plain
    import hp_attr_pkg.inner.deep
    show(hp_attr_pkg)
    show(hp_attr_pkg.plain)
    show(hp_attr_pkg.inner)
    show(hp_attr_pkg.inner.deep)
    print("__doc__:", hp_attr_pkg.__doc__, "|", hp_attr_pkg.inner.__doc__)
    print("seen inside deep:", hp_attr_pkg.inner.deep.NAME_SEEN, hp_attr_pkg.inner.deep.PACKAGE_SEEN,
          hp_attr_pkg.inner.deep.SPEC_NAME_SEEN)
    print("__path__ is a list-like of one dir:", len(list(hp_attr_pkg.__path__)),
          [rel(p) for p in hp_attr_pkg.__path__])

    print("-- built-in module sys")
    print(sys.__name__, sys.__spec__.name, hasattr(sys, "__path__"))

    print("-- importing the main script by name runs it again")
    import hp_attr_reimport_main
    print("same object as __main__?", sys.modules["imports_attrs"] is sys.modules["__main__"])
    print("MARKs:", MARK, sys.modules["imports_attrs"].MARK)
    print("done")
