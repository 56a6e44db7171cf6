# list.insert at every kind of index (negative, past the end, __index__) and list/tuple
# comparison of long sequences and with an __eq__ that changes a list.
a = [1, 2, 3]
a.insert(0, 0); a.insert(100, 9); a.insert(-1, 8); a.insert(-100, -1); a.insert(2, "x")
print(a)
b = []
b.insert(5, 1); b.insert(0, 2); print(b)
class Idx:
    def __index__(self): return 1
b.insert(Idx(), "i"); print(b)
x = list(range(40000)); y = sorted(x)
print(x == y, x < y, [1, 2] < [1, 2, 3], [1, 3] > [1, 2, 9], (1, 2) >= (1, 2), [] == [])
class Weird:
    def __init__(self, l): self.l = l
    def __eq__(self, o):
        self.l.clear(); return False
    def __lt__(self, o): return True
l1 = [1, Weird(None)]
l2 = [1, 2]
l1[1].l = l2
print(l1 < l2)
