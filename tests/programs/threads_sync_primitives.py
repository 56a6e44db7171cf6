# threading's primitives and queue: Condition, Event, Semaphore, Barrier, RLock, local,
# Timer, Queue (FIFO, LIFO, priority, simple) between threads.
import threading
import queue

# Producer and consumer over a bounded queue, with task_done/join.
q = queue.Queue(maxsize=3)
out = []

def producer():
    for i in range(50):
        q.put(i)
    q.put(None)

def consumer():
    while True:
        item = q.get()
        q.task_done()
        if item is None:
            break
        out.append(item * 2)

p, c = threading.Thread(target=producer), threading.Thread(target=consumer)
p.start()
c.start()
p.join()
c.join()
q.join()
print(out == [i * 2 for i in range(50)], q.empty(), q.qsize(), q.full())
try:
    q.get_nowait()
except queue.Empty:
    print("Empty")
small = queue.Queue(1)
small.put("x")
try:
    small.put("y", timeout=0.001)
except queue.Full:
    print("Full")
try:
    small.task_done()
    small.task_done()
except ValueError as e:
    print("ValueError", e)

lifo, prio, simple = queue.LifoQueue(), queue.PriorityQueue(), queue.SimpleQueue()
for x in [3, 1, 2]:
    lifo.put(x)
    prio.put((x, str(x)))
    simple.put(x)
print([lifo.get() for _ in range(3)], [prio.get() for _ in range(3)], [simple.get() for _ in range(3)])
print(simple.empty(), simple.qsize())
try:
    simple.get(timeout=0.001)
except queue.Empty:
    print("Empty")

# Event: waiters go on once it is set.
ev = threading.Event()
seen = []

def waiter(i):
    ev.wait()
    seen.append(i)

ws = [threading.Thread(target=waiter, args=(i,)) for i in range(4)]
for w in ws:
    w.start()
print(ev.is_set(), ev.wait(0.001))
ev.set()
for w in ws:
    w.join()
print(sorted(seen), ev.is_set(), ev.wait())
ev.clear()
print(ev.is_set())

# Condition with wait_for and notify.
cond = threading.Condition()
items = []
got = []

def cons():
    with cond:
        cond.wait_for(lambda: len(items) >= 5)
        got.append(list(items))

t = threading.Thread(target=cons)
t.start()
for i in range(5):
    with cond:
        items.append(i)
        cond.notify_all()
t.join()
print(got)
try:
    cond.notify()
except RuntimeError as e:
    print("RuntimeError", e)
with cond:
    print(cond.wait(0.001))

# Barrier: every party gets a distinct index; the action runs once.
actions = []
b = threading.Barrier(4, action=lambda: actions.append("go"))
indices = []

def party():
    indices.append(b.wait())

ps = [threading.Thread(target=party) for _ in range(4)]
for x in ps:
    x.start()
for x in ps:
    x.join()
print(sorted(indices), actions, b.parties, b.n_waiting, b.broken)
b.abort()
try:
    b.wait()
except threading.BrokenBarrierError:
    print("BrokenBarrierError", b.broken)

# Semaphores: at most two holders at once.
sem = threading.Semaphore(2)
holders = [0]
peak = [0]
guard = threading.Lock()
step = threading.Event()

def hold():
    with sem:
        with guard:
            holders[0] += 1
            peak[0] = max(peak[0], holders[0])
        step.wait(0.01)
        with guard:
            holders[0] -= 1

hs = [threading.Thread(target=hold) for _ in range(6)]
for h in hs:
    h.start()
for h in hs:
    h.join()
print(peak[0] <= 2, holders[0])
bs = threading.BoundedSemaphore(1)
print(bs.acquire(), bs.acquire(False))
bs.release()
try:
    bs.release()
except ValueError as e:
    print("ValueError", e)

# RLock: re-entrant for its owner, not releasable by others.
r = threading.RLock()
with r:
    with r:
        print("reentrant")
try:
    r.release()
except RuntimeError as e:
    print("RuntimeError", e)
r.acquire()
errors = []

def other_release():
    try:
        r.release()
    except RuntimeError as e:
        errors.append(str(e))

t = threading.Thread(target=other_release)
t.start()
t.join()
r.release()
print(errors)

# Thread-local data.
data = threading.local()
data.x = "main"
results = {}

def local_user(i):
    print_missing = not hasattr(data, "x")
    data.x = i
    results[i] = (print_missing, data.x)

ls = [threading.Thread(target=local_user, args=(i,)) for i in range(3)]
for t in ls:
    t.start()
for t in ls:
    t.join()
print(sorted(results.items()), data.x)

class Local(threading.local):
    def __init__(self, start):
        self.count = start

counted = Local(10)
seen_counts = []

def count_user():
    counted.count += 1
    seen_counts.append(counted.count)

t = threading.Thread(target=count_user)
t.start()
t.join()
print(seen_counts, counted.count)

# Timers.
fired = []
timer = threading.Timer(0.001, fired.append, args=["fired"])
timer.start()
timer.join()
cancelled = threading.Timer(60, fired.append, args=["late"])
cancelled.start()
cancelled.cancel()
cancelled.join()
print(fired)
