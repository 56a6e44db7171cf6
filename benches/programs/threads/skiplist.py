# One shared, contended structure: N threads (argv[1], default 1) insert, look up and delete
# disjoint keys in one skip list guarded by one lock. Node levels come from a hash of the key,
# so the list's shape does not depend on the interleaving; the element count, the checksum of
# the keys in order and the lookup hits are the same for any thread count.
import sys
import threading

KEYS = 40000
MAX_LEVEL = 16


def level_of(key):
    # 1 + the number of trailing zero bits of a multiplicative hash: P(level > n) = 2**-n.
    h = (key * 2654435761) & 0xFFFFFFFF
    h ^= h >> 16
    h = (h * 0x45D9F3B) & 0xFFFFFFFF
    h ^= h >> 16
    level = 1
    while level < MAX_LEVEL and h & 1 == 0:
        h >>= 1
        level += 1
    return level


class Node:
    __slots__ = ("key", "next")

    def __init__(self, key, level):
        self.key = key
        self.next = [None] * level


class SkipList:
    def __init__(self):
        self.lock = threading.Lock()
        self.head = Node(-1, MAX_LEVEL)
        self.level = 1
        self.size = 0

    def _find(self, key, update):
        node = self.head
        for i in range(self.level - 1, -1, -1):
            nxt = node.next[i]
            while nxt is not None and nxt.key < key:
                node = nxt
                nxt = node.next[i]
            update[i] = node
        return node.next[0]

    def insert(self, key):
        with self.lock:
            update = [self.head] * MAX_LEVEL
            found = self._find(key, update)
            if found is not None and found.key == key:
                return False
            level = level_of(key)
            if level > self.level:
                self.level = level
            node = Node(key, level)
            for i in range(level):
                node.next[i] = update[i].next[i]
                update[i].next[i] = node
            self.size += 1
            return True

    def remove(self, key):
        with self.lock:
            update = [self.head] * MAX_LEVEL
            found = self._find(key, update)
            if found is None or found.key != key:
                return False
            for i in range(len(found.next)):
                if update[i].next[i] is found:
                    update[i].next[i] = found.next[i]
            while self.level > 1 and self.head.next[self.level - 1] is None:
                self.level -= 1
            self.size -= 1
            return True

    def __contains__(self, key):
        with self.lock:
            node = self.head
            for i in range(self.level - 1, -1, -1):
                nxt = node.next[i]
                while nxt is not None and nxt.key < key:
                    node = nxt
                    nxt = node.next[i]
            nxt = node.next[0]
            return nxt is not None and nxt.key == key


def key_of(k):
    # Even keys in a scattered order; odd keys are never inserted.
    return 2 * ((k * 7919) % KEYS)


def worker(sl, first, step, results):
    mine = range(first, KEYS, step)
    for k in mine:
        assert sl.insert(key_of(k))
    hits = 0
    for k in mine:
        key = key_of(k)
        if key in sl:
            hits += 1
        if key + 1 in sl:
            hits += 1000000
    for k in mine:
        if k % 3 == 0:
            assert sl.remove(key_of(k))
    for k in mine:
        if key_of(k) in sl:
            hits += 1
    results.append(hits)


def main(threads):
    sl = SkipList()
    results = []
    ts = [threading.Thread(target=worker, args=(sl, k, threads, results)) for k in range(threads)]
    for t in ts:
        t.start()
    for t in ts:
        t.join()
    count = 0
    checksum = 0
    previous = -1
    ordered = True
    node = sl.head.next[0]
    while node is not None:
        if node.key <= previous:
            ordered = False
        previous = node.key
        count += 1
        checksum = (checksum * 31 + node.key) % 1000000007
        node = node.next[0]
    print(count, sl.size, checksum, sum(results), ordered, sl.level)


main(int(sys.argv[1]) if len(sys.argv) > 1 else 1)
