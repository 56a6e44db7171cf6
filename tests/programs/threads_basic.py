# Python threads: start, join, shared list/dict/counter, names, identities, _thread.
import threading
import _thread
import sys

shared = []
table = {}
lock = threading.Lock()
counter = 0


def work(k, n):
    global counter
    for i in range(n):
        shared.append((k, i))
        table[k, i] = str(i) * 2
        with lock:
            counter += 1


sys.setswitchinterval(0.0005)
print(sys.getswitchinterval())
threads = [threading.Thread(target=work, args=(k, 300), name="worker-%d" % k) for k in range(4)]
print([t.name for t in threads], [t.is_alive() for t in threads], threads[0].ident)
for t in threads:
    t.start()
for t in threads:
    t.join()
print(len(shared), len(table), counter)
print(sorted(shared) == sorted((k, i) for k in range(4) for i in range(300)))
print(all(table[k, i] == str(i) * 2 for k in range(4) for i in range(300)))
print([t.is_alive() for t in threads], threading.active_count())
print(threading.current_thread() is threading.main_thread(), threading.current_thread().name)
print(threading.main_thread().ident == threading.get_ident() == _thread.get_ident())
print(all(isinstance(t.ident, int) for t in threads))

# Default names, with the target's name (Python 3.10+).
def job():
    pass

t = threading.Thread(target=job)
print(t.name.endswith("(job)"), t.daemon, repr(t).startswith("<Thread(Thread-"))
t.start()
t.join()

# A subclass overriding run, results kept on the object.
class Summer(threading.Thread):
    def __init__(self, n):
        super().__init__()
        self.n = n
        self.total = None

    def run(self):
        self.total = sum(range(self.n))

summers = [Summer(n) for n in (10, 100, 1000)]
for s in summers:
    s.start()
for s in summers:
    s.join()
print([s.total for s in summers])

# _thread directly: a lock as a handshake.
done = _thread.allocate_lock()
done.acquire()
box = []

def low_level(a, b, c=0):
    box.append(a + b + c)
    done.release()

ident = _thread.start_new_thread(low_level, (1, 2), {"c": 3})
done.acquire()
print(box, type(ident).__name__, type(done).__name__, done.locked())
done.release()
print(done.locked(), done.acquire(False), done.acquire(False), done.acquire(True, 0.001))
done.release()
try:
    done.release()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    _thread.start_new_thread(low_level, [1, 2])
except TypeError as e:
    print("TypeError", e)
try:
    done.acquire(False, 1)
except ValueError as e:
    print("ValueError", e)
try:
    threading.Thread(target=job).join()
except RuntimeError as e:
    print("RuntimeError", e)
t = threading.Thread(target=job)
t.start()
t.join()
try:
    t.start()
except RuntimeError as e:
    print("RuntimeError", e)
try:
    threading.current_thread().join()
except RuntimeError as e:
    print("RuntimeError", e)
