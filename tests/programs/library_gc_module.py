# gc: collect, enable/disable, thresholds, tracking, callbacks, stats, and that a collection
# keeps everything reachable intact (cycles included).
import gc

class Node:
    def __init__(self, n):
        self.n = n
        self.next = None

ring = [Node(i) for i in range(5)]
for a, b in zip(ring, ring[1:] + ring[:1]):
    a.next = b
data = {"ring": ring[0], "list": list(range(10))}
del ring
print(isinstance(gc.collect(), int), isinstance(gc.collect(0), int))
node, seen = data["ring"], []
for _ in range(6):
    seen.append(node.n)
    node = node.next
print(seen, data["list"][-1])
print(gc.isenabled())
gc.disable()
print(gc.isenabled())
gc.enable()
print(gc.isenabled(), len(gc.get_threshold()), len(gc.get_count()), gc.garbage)
gc.set_threshold(1000, 20)
print(gc.get_threshold()[:2])
print(gc.is_tracked([]), gc.is_tracked(Node(1)), gc.is_tracked(1), gc.is_tracked("s"))
phases = []
gc.callbacks.append(lambda phase, info: phases.append((phase, info["generation"])))
gc.collect()
gc.callbacks.clear()
print(phases)
stats = gc.get_stats()
print(len(stats), sorted(stats[0]))
try:
    gc.collect(3)
except ValueError as e:
    print("ValueError", e)
