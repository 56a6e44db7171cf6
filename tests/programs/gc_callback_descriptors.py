# Every callback below allocates heavily (churn), so a garbage collection runs while the
# runtime function that called it still holds values: they must be rooted across the call.
# SMALL batches of 50 small objects (tuple, str, list) per churn call: under HOTPY_GC_STRESS
# each batch means dozens of collections inside the callback; raise it for a heavier run.
SMALL = 1
# Repeats of a throwaway string per churn call (a few hundred KB): cheap to build and to verify, but
# it pushes the default heaps to collect every few callbacks.
BIG = 50000
KEEP = []
TAGS = set()


def churn(tag):
    TAGS.add(tag)
    kept = None
    for j in range(SMALL):
        batch = [(tag, k, str(k * 7), [k]) for k in range(8)]
        kept = batch[(j * 7) % 8]
    KEEP.append(kept)
    if len(KEEP) > 64:
        del KEEP[:32]
    big = (tag + ".") * BIG
    return len(big)


def keep_ok():
    return all(t[0] in TAGS and t[2] == str(t[1] * 7) and t[3] == [t[1]] for t in KEEP)


def show(label, thunk):
    try:
        result = thunk()
    except Exception as e:
        result = "raised " + type(e).__name__
    print(label, result)


class Data:
    """A data descriptor whose __get__/__set__/__delete__ allocate heavily."""

    def __set_name__(self, owner, name):
        churn("set_name")
        self.name = "_" + name

    def __get__(self, obj, objtype=None):
        churn("get")
        if obj is None:
            return ("class", self.name)
        return (self.name, obj.__dict__.get(self.name, "unset"))

    def __set__(self, obj, value):
        churn("set")
        obj.__dict__[self.name] = [value, str(value)]

    def __delete__(self, obj):
        churn("delete")
        obj.__dict__.pop(self.name, None)


class NonData:
    """A non-data descriptor: the instance dict shadows it."""

    def __get__(self, obj, objtype=None):
        churn("ndget")
        return ("nd", None if obj is None else type(obj).__name__)


class Method:
    """A descriptor that binds like a function."""

    def __init__(self, f):
        self.f = f

    def __get__(self, obj, objtype=None):
        churn("mget")
        if obj is None:
            return self
        return lambda *a: self.f(obj, *a)


class C:
    a = Data()
    b = Data()
    nd = NonData()

    @Method
    def m(self, x):
        churn("m")
        return ("m", x, self.tag)

    def __init__(self, tag):
        self.tag = tag


c = C("t1")
show("get unset", lambda: (c.a, c.b))
show("class access", lambda: (C.a, C.nd))

def sets():
    for i in range(5):
        c.a = i
        c.b = "b" + str(i)
    return (c.a, c.b, sorted(c.__dict__))

show("set", sets)
show("setattr/getattr", lambda: (setattr(c, "a", 99), getattr(c, "a"))[1])

def delete():
    del c.b
    return (c.b, hasattr(c, "b"))

show("delete", delete)
show("non-data", lambda: c.nd)

def shadow():
    c.__dict__["nd"] = "shadowed"
    return c.nd

show("non-data shadowed", shadow)
show("method descriptor", lambda: (c.m(5), [C(str(i)).m(i)[1] for i in range(3)]))
show("in comprehension", lambda: [C(i).a for i in range(3)])

def many():
    objs = [C(i) for i in range(6)]
    for o in objs:
        o.a = o.tag * 3
    return [o.a[1] for o in objs]

show("many instances", many)
show("sorted by descriptor", lambda: [o.tag for o in sorted([C(i) for i in range(5)], key=lambda o: -o.tag)])

# properties built from property() with allocating fget/fset
def fget(self):
    churn("fget")
    return ("p", self.__dict__.get("_p"))

def fset(self, v):
    churn("fset")
    self.__dict__["_p"] = v * 2

class P:
    p = property(fget, fset)

def prop():
    q = P()
    q.p = 21
    return q.p

show("property()", prop)

print("keep ok", keep_ok())
