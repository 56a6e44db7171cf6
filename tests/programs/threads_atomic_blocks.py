# A read-modify-write inside `with hotpy.atomic:` (a global re-entrant lock under the GIL;
# CPython runs the same program with an RLock) is exact even when the thread gives up the
# GIL in the middle of it.
import threading
import time

try:
    import hotpy
    atomic = hotpy.atomic
except ImportError:
    atomic = threading.RLock()

counter = 0


def bump(n):
    global counter
    for _ in range(n):
        with atomic:
            value = counter
            time.sleep(0.0005)  # other threads run here; none may enter an atomic block
            with atomic:  # re-entrant
                counter = value + 1


threads = [threading.Thread(target=bump, args=(50,)) for _ in range(4)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(counter)
