# Weak references to an object die as soon as `del` (of a local or a global) drops its last
# reference, as CPython's reference counting makes them: ref() answers None, callbacks and
# weakref.finalize run at once, WeakValueDictionary and WeakSet entries go, and a WeakMethod
# observer stops being notified.
import weakref


class Thing:
    def __init__(self, name):
        self.name = name

    def __repr__(self):
        return f"Thing({self.name})"


t = Thing("global")
r = weakref.ref(t, lambda ref: print("callback: global gone"))
print(r())
del t
print("after del:", r())


def local_case():
    x = Thing("local")
    rx = weakref.ref(x)
    fin = weakref.finalize(x, print, "finalize: local gone")
    del x
    print("in function after del:", rx(), fin.alive)


local_case()

cache = weakref.WeakValueDictionary()
a, b = Thing("a"), Thing("b")
cache["a"], cache["b"] = a, b
print(sorted(cache.keys()))
del a
print(sorted(cache.keys()))

members = weakref.WeakSet()
p, q = Thing("p"), Thing("q")
members.add(p)
members.add(q)
print(len(members))
del q
print(len(members), sorted(m.name for m in members))


class Subject:
    def __init__(self):
        self.observers = []

    def attach(self, method):
        self.observers.append(weakref.WeakMethod(method))

    def notify(self, event):
        alive = [m() for m in self.observers]
        for m in alive:
            if m is not None:
                m(event)
        print("notified", sum(m is not None for m in alive))


class Observer:
    def __init__(self, tag):
        self.tag = tag

    def on_event(self, event):
        print(self.tag, "got", event)


subject = Subject()
o1, o2 = Observer("one"), Observer("two")
subject.attach(o1.on_event)
subject.attach(o2.on_event)
subject.notify("first")
del o2
subject.notify("second")
print("end")
