from collections import OrderedDict

class LRU:
    def __init__(self, cap):
        self.cap = cap
        self.data = OrderedDict()
    def get(self, k):
        if k not in self.data:
            return None
        self.data.move_to_end(k)
        return self.data[k]
    def put(self, k, v):
        if k in self.data:
            self.data.move_to_end(k)
        self.data[k] = v
        if len(self.data) > self.cap:
            old = self.data.popitem(last=False)
            print("evict", old)
c = LRU(3)
for k in [1, 2, 3]:
    c.put(k, k * 10)
print(c.get(1))
c.put(4, 40)
print(c.get(2), list(c.data.keys()))
c.put(3, 33)
c.put(5, 50)
print(list(c.data.items()))
od = OrderedDict()
od["z"] = 1
od["a"] = 2
od.move_to_end("z")
od.move_to_end("a", last=False)
print(od, od.popitem())
