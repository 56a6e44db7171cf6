# Threads importing one module at the same time: each gets the whole module (the others wait
# for the thread running its body, as CPython's per-module import lock makes them).
import threading

seen = []
lock = threading.Lock()

def work(n):
    import hp_slow_init
    with lock:
        seen.append((n, hp_slow_init.total, hp_slow_init.FINISHED))

threads = [threading.Thread(target=work, args=(n,)) for n in range(6)]
for t in threads:
    t.start()
for t in threads:
    t.join()
print(sorted(seen))
import hp_slow_init
print(hp_slow_init.total)
