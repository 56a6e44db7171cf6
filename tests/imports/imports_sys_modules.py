# sys.modules (import once, identity, fake entries, None entries, deletion) and
# sys.path (script directory first, run-time insertion and appending).
import sys

here = __file__.replace("\\", "/").rsplit("/", 1)[0]

print("-- body runs once")
import hp_once
import hp_once
import hp_once as again
from hp_once import COUNT
print("COUNT:", hp_once.COUNT, COUNT, "same:", again is hp_once, sys.modules["hp_once"] is hp_once)


def import_in_function():
    import hp_once
    return hp_once


print("function import same:", import_in_function() is hp_once)

print("-- deleting from sys.modules makes the next import run the body again")
old = hp_once
del sys.modules["hp_once"]
import hp_once
print("new object:", hp_once is not old, "COUNT:", hp_once.COUNT, "old COUNT:", old.COUNT)
print("sys.modules now holds new:", sys.modules["hp_once"] is hp_once)

print("-- a fake module placed in sys.modules")


class Fake:
    answer = 42

    def __repr__(self):
        return "<Fake>"


fake = Fake()
sys.modules["hp_fake"] = fake
import hp_fake
print("import gives the object:", hp_fake is fake, hp_fake)
from hp_fake import answer
print("from-import attribute:", answer)
import hp_uses_fake
print("used from another module:", hp_uses_fake.RESULT)
try:
    from hp_fake import missing
except ImportError as e:
    print(type(e).__name__, repr(e.name), str(e))

print("-- a real module object put in under another name")
sys.modules["hp_alias_of_once"] = hp_once
import hp_alias_of_once
print(hp_alias_of_once is hp_once, hp_alias_of_once.__name__)

print("-- a module replacing its own sys.modules entry")
import hp_replaces_self
print(type(hp_replaces_self).__name__, hp_replaces_self.name)

print("-- None in sys.modules blocks the import")
sys.modules["hp_blocked"] = None
try:
    import hp_blocked
except ImportError as e:
    print(type(e).__name__, repr(e.name), str(e))
del sys.modules["hp_blocked"]

print("-- some standard entries")
print("sys in sys.modules:", "sys" in sys.modules, sys.modules["sys"] is sys)
print("builtins in sys.modules:", "builtins" in sys.modules)
print("__main__ is this script:", sys.modules["__main__"].here == here, sys.modules[__name__] is sys.modules["__main__"])

print("-- sys.path")
print("sys.path[0] is the script directory:", sys.path[0] == here, sys.path[0].rsplit("/", 1)[-1])
print("type:", type(sys.path).__name__, all(type(p) is str for p in sys.path))
try:
    import hp_extra_mod
except ModuleNotFoundError as e:
    print("before insert:", type(e).__name__, str(e))
sys.path.insert(0, here + "/extra_dir")
import hp_extra_mod
print(hp_extra_mod.WHERE, hp_extra_mod.__file__[len(here) + 1:])
import hp_extra_pkg.part
print(hp_extra_pkg.part.PART, hp_extra_pkg.part.__file__[len(here) + 1:])

print("-- appended directory is searched after earlier ones")
sys.path.append(here + "/extra_dir2")
import hp_extra2_mod
import hp_dup
print(hp_extra2_mod.WHERE, hp_dup.WHERE)

print("-- a relative sys.path entry is resolved against the current directory")
sys.path.append("tests/imports/extra_dir3_rel")
try:
    import hp_extra3_mod
    print(hp_extra3_mod.WHERE)
except ModuleNotFoundError as e:
    print(type(e).__name__, str(e))
print("done")
