# Threads changing one list, dict, set and object at once while others read them: no
# update is lost, a reader never misses what was there before it started, and a generator
# resumed by two threads at once is "already executing" for one of them. The output does
# not depend on the schedule.
import threading

N = 4
ROUNDS = 400
preloaded = list(range(300))
shared_list = []
shared_dict = {k: k for k in preloaded}
shared_set = set(preloaded)
counter = 0
counter_lock = threading.Lock()
start = threading.Barrier(N + 1)
stop_reading = threading.Event()
misses = []


class Box:
    pass


box = Box()


def writer(t):
    global counter
    start.wait()
    for i in range(ROUNDS):
        shared_list.append((t, i))
        shared_dict[t, i] = i
        shared_set.add((t, i))
        if i % 3 == 0:
            del shared_dict[t, i]
            shared_set.discard((t, i))
        setattr(box, "a%d_%d" % (t, i % 50), i)
        with counter_lock:
            counter += 1


def reader():
    start.wait()
    while not stop_reading.is_set():
        for k in range(0, 300, 7):
            if shared_dict.get(k) != k or k not in shared_set:
                misses.append(k)
        snapshot = list(shared_list)
        if len(snapshot) > 0 and not isinstance(snapshot[-1], tuple):
            misses.append("list")
        len(shared_dict), len(shared_set), getattr(box, "a0_0", None)


writers = [threading.Thread(target=writer, args=(t,)) for t in range(N)]
readers = [threading.Thread(target=reader) for _ in range(1)]
for t in writers + readers:
    t.start()
for t in writers:
    t.join()
stop_reading.set()
for t in readers:
    t.join()

print(len(shared_list), sorted(shared_list) == sorted((t, i) for t in range(N) for i in range(ROUNDS)))
expected_keys = {(t, i) for t in range(N) for i in range(ROUNDS) if i % 3}
print(len(shared_dict) - 300, set(k for k in shared_dict if isinstance(k, tuple)) == expected_keys)
print(len(shared_set) - 300, {k for k in shared_set if isinstance(k, tuple)} == expected_keys)
print(all(shared_dict[t, i] == i for (t, i) in expected_keys))
print(counter, misses)
print(sorted(vars(box)) == sorted("a%d_%d" % (t, j) for t in range(N) for j in range(50)))
print(all(getattr(box, "a%d_%d" % (t, j)) == ROUNDS - 50 + j for t in range(N) for j in range(50)))

# A work queue: threads pop from one list until it is empty; every item is taken once.
work = list(range(3000))
taken = [[] for _ in range(N)]


def consume(t):
    while True:
        try:
            taken[t].append(work.pop())
        except IndexError:
            return


consumers = [threading.Thread(target=consume, args=(t,)) for t in range(N)]
for t in consumers:
    t.start()
for t in consumers:
    t.join()
print(sorted(x for part in taken for x in part) == list(range(3000)), work)


# One generator, two threads: each item is produced once.
def numbers():
    for i in range(1000):
        yield i


gen = numbers()
got = [[], []]


def drain(t):
    while True:
        try:
            got[t].append(next(gen))
        except ValueError:
            continue  # already executing on the other thread
        except StopIteration:
            return


drains = [threading.Thread(target=drain, args=(t,)) for t in range(2)]
for t in drains:
    t.start()
for t in drains:
    t.join()
print(sorted(got[0] + got[1]) == list(range(1000)))
