# __del__ and weak references of an instance dropped from a container or an attribute run
# about when CPython's would: list clear/pop/remove/del, dict del/pop/clear, attribute
# overwrite and del.
import weakref
class R:
    def __init__(self, n): self.n = n
    def __del__(self): print("close", self.n)
items = [R(1)]
items.clear()
print("after clear")
class H: pass
h = H(); h.res = R(2); h.res = None
print("after reassign")
l = [R(3), R(4), R(5)]
l.pop(); print("after pop")
del l[0]; print("after del item")
l.remove(l[0]); print("after remove")
d = {"a": R(6), "b": R(7)}
del d["a"]; print("after del key")
d.pop("b"); print("after dict pop")
d["c"] = R(8); d.clear(); print("after dict clear")
h.x = R(9); del h.x; print("after del attr")
class K: pass
k = K(); lst = [k]; r = weakref.ref(k); del k; lst.pop(); print(r())
def f():
    q = [R(10)]
    q.pop(0)
    print("in f")
f()
print("end")
