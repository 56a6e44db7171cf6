# __del__ and the closing of dropped generators: when `del`, a store over a global or a
# `break` drops the last reference, after gc.collect(), for cycles, for resurrection, for
# exceptions raised by __del__ (reported on stderr, then ignored), and at exit.
import gc
import weakref


class Resource:
    def __init__(self, name):
        self.name = name

    def __del__(self):
        print("release", self.name)


r = Resource("deleted")
del r
print("after del")

r = Resource("rebound")
r = None
print("after rebinding")

shared = Resource("shared")
alias = shared
del shared
print("alias keeps it:", alias.name)
del alias
print("after del alias")


def local_del():
    x = Resource("local")
    del x
    print("after local del")


local_del()


def returns_without_it():
    x = Resource("function local")
    print("in function")


returns_without_it()
print("after the function returned")


def outer():
    kept = Resource("outer local")

    def inner():
        temporary = Resource("inner local")

    inner()
    print("after inner returned")


outer()
print("after outer returned")


def returns_it():
    return Resource("returned")


survivor = returns_it()
print("survivor:", survivor.name)


class Sub(Resource):
    pass


s = Sub("subclass")
del s
print("after subclass")

holder = [Resource("in a list")]
holder.clear()
gc.collect()
print("after clearing the list")


class Node:
    released = []

    def __init__(self, name):
        self.name = name
        self.other = None

    def __del__(self):
        Node.released.append(self.name)


a, b = Node("a"), Node("b")
a.other, b.other = b, a
del a, b
gc.collect()
print("cycle released:", sorted(Node.released))


class Phoenix:
    saved = []
    count = 0

    def __del__(self):
        Phoenix.count += 1
        Phoenix.saved.append(self)


p = Phoenix()
del p
gc.collect()
print("resurrected:", len(Phoenix.saved), Phoenix.count)
Phoenix.saved.clear()
gc.collect()
print("finalized once:", Phoenix.count)


class Faulty:
    def __del__(self):
        raise ValueError("ignored")


f = Faulty()
del f
gc.collect()
print("after faulty")


class Late:
    pass


Late.__del__ = lambda self: print("late __del__")
late = Late()
del late
print("after late")

events = []


class Watched:
    def __del__(self):
        events.append("__del__")


w = Watched()
ref = weakref.ref(w, lambda r: events.append("callback"))
del w
gc.collect()
print(events, ref())


def numbers():
    try:
        yield 1
        yield 2
    finally:
        print("numbers closed")


for n in numbers():
    print("got", n)
    break
print("after break")

g = numbers()
next(g)
del g
print("after del generator")


class Context:
    def __enter__(self):
        print("enter")

    def __exit__(self, kind, value, tb):
        print("exit with", kind.__name__)


def guarded():
    with Context():
        yield "inside"


it = guarded()
print(next(it))
it = None
print("after dropping guarded")


def exhausted():
    try:
        yield 1
    finally:
        print("exhausted finally")


print(list(exhausted()))
gc.collect()
print("no second finally")


def unstarted():
    try:
        yield 1
    finally:
        print("never printed")


u = unstarted()
del u
gc.collect()


def stubborn():
    try:
        yield 1
    except GeneratorExit:
        yield 2


st = stubborn()
next(st)
del st
gc.collect()
print("after stubborn")

kept = Resource("at exit")
kept_gen = numbers()
next(kept_gen)
print("end of program")
