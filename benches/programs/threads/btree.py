# One shared, contended structure: N threads (argv[1], default 1) insert disjoint keys into
# one B-tree-like sorted index (a list of sorted leaves under one lock) and look keys up.
import bisect
import sys
import threading

KEYS = 100000
LEAF = 64


class Index:
    def __init__(self):
        self.lock = threading.Lock()
        self.firsts = []
        self.leaves = []

    def insert(self, key):
        with self.lock:
            i = bisect.bisect_right(self.firsts, key) - 1
            if i < 0:
                if self.leaves:
                    i = 0
                else:
                    self.firsts.append(key)
                    self.leaves.append([key])
                    return
            leaf = self.leaves[i]
            bisect.insort(leaf, key)
            self.firsts[i] = leaf[0]
            if len(leaf) > LEAF:
                half = len(leaf) // 2
                self.leaves.insert(i + 1, leaf[half:])
                self.firsts.insert(i + 1, leaf[half])
                del leaf[half:]

    def __contains__(self, key):
        with self.lock:
            i = bisect.bisect_right(self.firsts, key) - 1
            if i < 0:
                return False
            leaf = self.leaves[i]
            j = bisect.bisect_left(leaf, key)
            return j < len(leaf) and leaf[j] == key


def worker(index, first, step):
    for k in range(first, KEYS, step):
        index.insert((k * 7919) % KEYS)
    found = sum(1 for k in range(first, KEYS, step) if ((k * 7919) % KEYS) in index)
    assert found == len(range(first, KEYS, step))


def main(threads):
    index = Index()
    ts = [threading.Thread(target=worker, args=(index, k, threads)) for k in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    keys = [k for leaf in index.leaves for k in leaf]
    print(len(keys), keys == sorted(keys), len(index.leaves) > 1)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
