# Namespace packages (directories without __init__.py), including one split
# across two sys.path entries.
import sys

here = __file__.replace("\\", "/").rsplit("/", 1)[0]

print("-- directory without __init__.py")
import hp_ns
print(hp_ns.__name__, "| file:", getattr(hp_ns, "__file__", "<no __file__>"),
      "| has __path__:", hasattr(hp_ns, "__path__"), "| package:", repr(hp_ns.__package__))
print("paths:", [p[len(here) + 1:] for p in hp_ns.__path__])
print("spec.origin:", hp_ns.__spec__.origin, "| spec.name:", hp_ns.__spec__.name)
import hp_ns.part
print(hp_ns.part.PART, hp_ns.part.other.OTHER, hp_ns.part.LEAF)
print(sorted(n for n in sys.modules if n.startswith("hp_ns")))

print("-- split across two sys.path entries")
sys.path.append(here + "/ns_a")
sys.path.append(here + "/ns_b")
import hp_nsplit.one
import hp_nsplit.two
print(hp_nsplit.one.ONE, "|", hp_nsplit.two.TWO)
print("paths:", [p[len(here) + 1:] for p in hp_nsplit.__path__])

print("-- a module anywhere on sys.path beats a namespace directory")
import hp_nsprec
print(hp_nsprec.WHERE, "| has __path__:", hasattr(hp_nsprec, "__path__"))
print("done")
