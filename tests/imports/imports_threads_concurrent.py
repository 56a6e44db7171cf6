# Threads importing the same module at once: one loads it, the others wait for its body to
# finish (they never see it partially initialized); two threads whose modules import each
# other take the partially initialized module instead of deadlocking (as CPython's module
# locks do).
import sys
import threading

import hp_thr_count

results = {}
lock = threading.Lock()


def record(key, value):
    with lock:
        results.setdefault(key, []).append(value)


def import_slow(i):
    import hp_thr_slow

    record("slow", (hp_thr_slow.VALUE, hp_thr_slow.value()))


def import_pair(name):
    m = __import__(name)
    record("pair", (name, sorted(k for k in vars(m) if not k.startswith("_"))))


for target, args in [
    (import_slow, range(6)),
    (import_pair, ("hp_dl_x", "hp_dl_y")),
]:
    threads = [threading.Thread(target=target, args=(a,)) for a in args]
    for t in threads:
        t.start()
    for t in threads:
        t.join()

print(sorted(results["slow"]))
print(sorted(results["pair"]))
print(hp_thr_count.loads)
print("hp_thr_slow" in sys.modules)
import hp_dl_x
import hp_dl_y

print(hp_dl_x.X, hp_dl_y.Y, hp_dl_x.later())
