"""Idioms of everyday programs that lean on the library's C code in CPython: a memoised
recursion with functools.lru_cache, itertools' combinatorics, a list used as a FIFO queue
(pop(0)), sorting already-sorted and random data, bytes built with +=, a lock's with."""
import functools
import itertools
import random
import threading


@functools.lru_cache(maxsize=None)
def paths(r, c):
    if r == 0 or c == 0:
        return 1
    return paths(r - 1, c) + paths(r, c - 1)


def main():
    total = 0
    for n in range(40):
        paths.cache_clear()
        total += paths(60, 60) % 1000
    total += sum(1 for _ in itertools.permutations(range(8)))
    total += sum(1 for _ in itertools.combinations(range(22), 5))
    queue = list(range(20000))
    while queue:
        total += queue.pop(0) & 1
    random.seed(3)
    data = [random.random() for _ in range(100000)]
    for _ in range(3):
        total += len(sorted(data))
        total += len(sorted(range(200000)))
    blob = b""
    for i in range(20000):
        blob += b"xy"
    total += len(blob)
    lock = threading.Lock()
    for _ in range(100000):
        with lock:
            total += 1
    print(total)


main()
