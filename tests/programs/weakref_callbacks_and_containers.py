# Weak references: ref, proxy, callbacks, WeakValueDictionary, WeakKeyDictionary, WeakSet,
# WeakMethod, finalize. hotpy has no reference counting, so every check of an object's
# death follows a gc.collect() (CPython frees at the last reference; both agree then).
import gc
import weakref


class Node:
    def __init__(self, n):
        self.n = n

    def __repr__(self):
        return f"Node({self.n})"

    def double(self):
        return self.n * 2


def alive(refs):
    return [r() is not None for r in refs]


# ref: calling, reuse of the plain ref, counts, equality and hashing.
a = Node(1)
r = weakref.ref(a)
print(r() is a, r is weakref.ref(a), weakref.getweakrefcount(a))
heard = []
r2 = weakref.ref(a, lambda w: heard.append(("callback", w is r2)))
print(weakref.getweakrefcount(a), r == r2, r != r2, hash(r) == hash(a), r2.__callback__ is not None)
print(sorted(type(x).__name__ for x in weakref.getweakrefs(a)))
print(type(r) is weakref.ReferenceType, isinstance(r, weakref.ref), weakref.ref is weakref.ReferenceType)
del a
gc.collect()
print(r(), r2(), heard, r == r2, r2.__callback__)
print(hash(r) == hash(r))  # the hash was taken while the object lived

dead = weakref.ref(Node(2))
gc.collect()
try:
    hash(dead)
except TypeError as e:
    print("TypeError:", e)

for value in (1, "text", (1, 2), [1], {1: 2}, None, 2.5, object()):
    try:
        weakref.ref(value)
    except TypeError as e:
        print("TypeError:", e)


class Slotted:
    __slots__ = ("a",)


class SlottedWeak:
    __slots__ = ("a", "__weakref__")


class MyList(list):
    pass


class MyDict(dict):
    pass


try:
    weakref.ref(Slotted())
except TypeError as e:
    print("TypeError:", e)
keep = [SlottedWeak(), MyList([1]), MyDict(a=1), {1, 2}, frozenset(), Node]
print([weakref.ref(x)() is x for x in keep])
print(weakref.ref(len)() is len, weakref.ref(weakref)() is weakref)

# What containers drop is dead at the next collection.
def holders():
    kinds = {
        "list.pop": (lambda o: [o], lambda c: c.pop()),
        "list.clear": (lambda o: [o, o], lambda c: c.clear()),
        "list.remove": (lambda o: [1, o, 2], lambda c: c.remove(c[1])),
        "del list[i:j]": (lambda o: [1, o, 2], lambda c: c.__delitem__(slice(1, 2))),
        "del dict[k]": (lambda o: {1: o}, lambda c: c.__delitem__(1)),
        "dict.pop": (lambda o: {1: o, 2: 3}, lambda c: c.pop(1)),
        "dict.popitem": (lambda o: {1: o}, lambda c: c.popitem()),
        "dict key": (lambda o: {o: 1}, lambda c: c.clear()),
        "set.discard": (lambda o: {o}, lambda c: c.discard(next(iter(c)))),
        "set.pop": (lambda o: {o, 1}, lambda c: [c.pop(), c.pop()]),
        "attribute": (lambda o: Node(o), lambda c: delattr(c, "n")),
    }
    for name, (make, drop) in kinds.items():
        o = Node(name)
        ref = weakref.ref(o)
        container = make(o)
        del o
        drop(container)
        gc.collect()
        print(name, ref() is None, container if not isinstance(container, Node) else "")


holders()


def yielded():
    yield Node("yielded")
    yield Node("second")


g = yielded()
ry = weakref.ref(next(g))
gc.collect()
print("yielded value", ry())


def local_dies():
    o = Node("local")
    ref = weakref.ref(o)
    o = None
    gc.collect()
    return ref()


print("local", local_dies())

# Callbacks: each runs once, with its reference, and sees the object gone; one whose
# reference died first is not called; order of several on one object does not matter here.
calls = []
objs = [Node(i) for i in range(5)]
refs = [weakref.ref(o, lambda w, i=i: calls.append(i)) for i, o in enumerate(objs)]
lost = weakref.ref(objs[0], lambda w: calls.append("never"))
del lost
del objs[1:4]
gc.collect()
print(sorted(calls), alive(refs))
objs.clear()
gc.collect()
print(sorted(calls), alive(refs))

# A callback that allocates, collects and makes new references.
made = []


def busy(w):
    junk = [Node(i) for i in range(200)]
    gc.collect()
    made.append(weakref.ref(junk[0]))
    calls.append("busy")


b = Node("busy")
rb = weakref.ref(b, busy)
del b
gc.collect()
print(calls[-1])
gc.collect()
print(made[0]())


# Many callbacks that each collect: they run one after the other, not nested.
collecting = []


def collects(w):
    junk = [Node(i) for i in range(20)]
    gc.collect()
    collecting.append(len(junk))


many = [weakref.ref(Node(i), collects) for i in range(600)]
gc.collect()
print(len(collecting), set(collecting))


# A callback's exception is reported ("Exception ignored in: ...") and the program goes on.
def bad(w):
    raise ValueError("from a callback")


victim = Node("victim")
rv = weakref.ref(victim, bad)
del victim
gc.collect()
print("after the failing callback", rv())


# Subclasses of ref with slots and attributes (weakref.KeyedRef is one).
class Tagged(weakref.ref):
    __slots__ = ("tag",)

    def __init__(self, ob, callback=None, tag=None):
        super().__init__(ob, callback)
        self.tag = tag


t_obj = Node("tagged")
t = Tagged(t_obj, None, tag="T")
print(type(t).__name__, t.tag, t() is t_obj, isinstance(t, weakref.ref), weakref.getweakrefcount(t_obj))
k = weakref.KeyedRef(t_obj, lambda w: calls.append(("keyed", w.key)), "the key")
print(k.key, k() is t_obj)
del t_obj
gc.collect()
print(calls[-1], t(), k())

# proxy: attributes, operators, calls; ReferenceError once dead.
class Vector:
    def __init__(self, x):
        self.x = x

    def __add__(self, other):
        return Vector(self.x + (other.x if isinstance(other, Vector) else other))

    def __len__(self):
        return self.x

    def __getitem__(self, i):
        return i * self.x

    def __eq__(self, other):
        return isinstance(other, Vector) and other.x == self.x

    __hash__ = None

    def __call__(self, y):
        return self.x * y


v = Vector(3)
p = weakref.proxy(v)
print(p.x, (p + 1).x, len(p), p[4], p == Vector(3), p(5), bool(p))
p.x = 4
print(v.x, type(p) is weakref.CallableProxyType, weakref.proxy(v) is p)
print(type(weakref.proxy(Node(0))) is weakref.ProxyType)
try:
    hash(p)
except TypeError as e:
    print("TypeError:", e)
del v
gc.collect()
for action in (lambda: p.x, lambda: p + 1, lambda: len(p)):
    try:
        action()
    except ReferenceError as e:
        print("ReferenceError:", e)

# WeakValueDictionary.
cache = weakref.WeakValueDictionary()
nodes = [Node(i) for i in range(10)]
for n in nodes:
    cache[n.n] = n
del n
print(len(cache), sorted(cache))
del nodes[5:]
gc.collect()
print(len(cache), sorted(cache), cache.get(7), cache.get(2))
print(cache.setdefault(2, None), 9 in cache, 2 in cache)
try:
    cache[9]
except KeyError as e:
    print("KeyError:", e)
print(cache.pop(0), len(cache), sorted(cache.keys()), sorted(v.n for v in cache.values()))
print(sorted(k for k, _ in cache.items()), sorted(cache.copy()))

# WeakKeyDictionary.
meta = weakref.WeakKeyDictionary()
for n in nodes:
    meta[n] = n.n * 10
del n
print(len(meta), sorted(meta.values()), nodes[0] in meta, Node(0) in meta)
nodes.pop()
gc.collect()
print(len(meta), sorted(meta.values()))
meta.update({nodes[0]: "updated"})
print(meta[nodes[0]], meta.get(nodes[1]))

# WeakSet.
ws = weakref.WeakSet(nodes)
print(len(ws), nodes[0] in ws, Node(99) in ws)
other = weakref.WeakSet(nodes[:2])
print(sorted(x.n for x in ws - other), other <= ws, len(ws | other))
nodes = nodes[:1]
gc.collect()
print(len(ws), [x.n for x in ws], len(other))

# WeakMethod.
target = Node(21)
wm = weakref.WeakMethod(target.double)
print(wm()(), wm == weakref.WeakMethod(target.double), wm() == target.double, hash(wm()) == hash(target.double))
del target
gc.collect()
print(wm())
try:
    weakref.WeakMethod(len)
except TypeError as e:
    print("TypeError:", e)

# finalize: called once at death, or by hand, or at exit.
fin_target = Node("fin")
fin = weakref.finalize(fin_target, print, "finalized", "at death")
print(fin.alive, fin.peek()[1:])
del fin_target
gc.collect()
print(fin.alive, fin())
by_hand = Node("hand")
f2 = weakref.finalize(by_hand, lambda: "by hand")
print(f2(), f2(), f2.alive)
at_exit = Node("exit")
f3 = weakref.finalize(at_exit, print, "finalized", "at exit")
f4 = weakref.finalize(at_exit, print, "not at exit")
f4.atexit = False
print("end of program")
