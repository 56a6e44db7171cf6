"""Library operations that go through hotpy's native helpers: lock acquire/release (what
deque, queue and logging do per operation), isinstance against collections.abc ABCs,
small slices of a large bytes object and BytesIO reads, a deque used as a queue."""
import _thread
import io
from collections import deque
from collections.abc import Iterable, Mapping


def locks(n):
    lock = _thread.allocate_lock()
    for _ in range(n):
        with lock:
            pass
        lock.acquire()
        lock.release()


def abc_checks(n):
    values = [1, "s", [], {}, (1,), 2.5, None, {1}]
    hits = 0
    for i in range(n):
        v = values[i % len(values)]
        hits += isinstance(v, Iterable) + isinstance(v, Mapping)
    return hits


def byte_slices(n):
    data = bytes(range(256)) * 2400
    total = 0
    for i in range(n):
        total += len(data[(i * 6) % 600000:(i * 6) % 600000 + 6])
    stream = io.BytesIO(data)
    while stream.read(6):
        total += 1
    return total


def queue(n):
    d = deque()
    total = 0
    for i in range(n):
        d.append(i)
        if len(d) > 100:
            total += d.popleft()
    return total


locks(100000)
print(abc_checks(100000), byte_slices(100000), queue(100000))
