# Threads that add module globals at run time (setattr on a module, globals() stores) while
# others store into the same names: under stm a name another thread's committed transaction
# added may lie beyond this world's globals array.
import sys
import threading
import types

shared = types.ModuleType("shared")
sys.modules["shared"] = shared
main = sys.modules[__name__]


def adder(tag, count):
    for k in range(count):
        setattr(shared, f"name{k}", (tag, k))
        globals()[f"g{k % 50}"] = k
        if k % 7 == 0:
            setattr(main, f"late_{tag}_{k}", k)


def storer(count):
    for k in range(count):
        name = f"name{k % 120}"
        if hasattr(shared, name):
            setattr(shared, name, ("storer", k))
        try:
            delattr(shared, f"name{(k + 3) % 120}")
        except AttributeError:
            pass


threads = [threading.Thread(target=adder, args=(t, 300)) for t in ("a", "b")]
threads.append(threading.Thread(target=storer, args=(600,)))
for t in threads:
    t.start()
for t in threads:
    t.join()

for tag in ("a", "b"):
    for k in range(0, 300, 7):
        assert getattr(main, f"late_{tag}_{k}") == k
print(sorted(g for g in globals() if g.startswith("g") and g[1:].isdigit())[:5])
print(len([g for g in globals() if g.startswith("late_")]))
setattr(shared, "name299", "final")
print(shared.name299, all(getattr(shared, f"name{k}", None) is not None for k in range(200, 299)))
