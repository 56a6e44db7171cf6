# e2e: not under GC stress
# os.environ reaches child processes; os.system/popen; uname, ids, times; walk with
# onerror; removedirs/renames; platform; ABC caches (register invalidating the negative
# cache, __subclasshook__); heapq.merge lazily; __self__ of builtin methods.
import abc
import heapq
import itertools
import os
import platform
import shutil
import subprocess
import tempfile
from collections.abc import Iterable, Mapping, Sized

os.environ["HOTPY_PROBE_VAR"] = "from parent"
print(subprocess.run(["sh", "-c", "echo $HOTPY_PROBE_VAR"], capture_output=True,
                     text=True).stdout.strip())
del os.environ["HOTPY_PROBE_VAR"]
print(repr(subprocess.run("echo x${HOTPY_PROBE_VAR}x", shell=True, capture_output=True,
                          text=True).stdout))
os.environ.update({"HOTPY_A": "1"}, HOTPY_B="2")
print(os.environ.setdefault("HOTPY_A", "9"), os.environ.get("HOTPY_B"))
print(subprocess.run("echo $HOTPY_A$HOTPY_B", shell=True, capture_output=True,
                     text=True).stdout.strip())
for bad in [("HOTPY_C", 1), (1, "x")]:
    try:
        os.environ[bad[0]] = bad[1]
    except TypeError as e:
        print("TypeError", e)
print(type(os.environ.copy()).__name__, repr(os.environ)[:9], "HOTPY_A" in os.environ)

print(os.system("exit 3") >> 8, os.system("true"))
with os.popen("echo hello; echo world") as f:
    print(f.read().split())
print(os.popen("exit 2").close(), os.popen("true").close())
print(os.error is OSError, os.altsep)

u = os.uname()
print(type(u).__name__, u.sysname, u.sysname == u[0], len(u), bool(u.machine))
print(platform.system(), platform.machine() == u.machine, platform.release() == u.release)
print(os.getuid() == os.geteuid() or True, os.getppid() > 0, os.getppid() != os.getpid())
t = os.times()
print(len(t), all(x >= 0 for x in t), t.user == t[0])
print(len(os.getloadavg()))

d = tempfile.mkdtemp()
try:
    deep = os.path.join(d, "a", "b", "c")
    os.makedirs(deep)
    os.removedirs(deep)
    print(os.path.exists(os.path.join(d, "a")), os.path.exists(d))
    os.makedirs(os.path.join(d, "src", "sub"))
    with open(os.path.join(d, "src", "sub", "f.txt"), "w") as f:
        f.write("data")
    os.renames(os.path.join(d, "src", "sub", "f.txt"), os.path.join(d, "dst", "new", "g.txt"))
    print(os.path.exists(os.path.join(d, "src")), sorted(os.listdir(os.path.join(d, "dst", "new"))))
    os.symlink(d, os.path.join(d, "dst", "loop"))
    print(sorted(os.path.relpath(p, d) for p, _, _ in os.walk(d)))
    print(sorted(os.path.relpath(p, d) for p, _, _ in os.walk(d, followlinks=False, topdown=False)))
    errors = []
    print(list(os.walk(os.path.join(d, "missing"), onerror=errors.append)),
          type(errors[0]).__name__)
    with open(os.path.join(d, "t.txt"), "w") as f:
        f.write("0123456789")
    os.truncate(os.path.join(d, "t.txt"), 4)
    print(open(os.path.join(d, "t.txt")).read())
finally:
    shutil.rmtree(d)


class Duck:
    def __iter__(self):
        return iter(())


class NotDuck:
    pass


print(isinstance(Duck(), Iterable), isinstance(NotDuck(), Iterable), isinstance(1, Iterable))
print(isinstance({}, Mapping), isinstance([], Mapping), issubclass(list, Sized))


class Shape(abc.ABC):
    @abc.abstractmethod
    def area(self):
        ...


class Square:
    def area(self):
        return 4


print(isinstance(Square(), Shape), issubclass(Square, Shape))
token = abc.get_cache_token()
Shape.register(Square)
print(isinstance(Square(), Shape), issubclass(Square, Shape), abc.get_cache_token() > token)


class Sub(Square):
    pass


print(issubclass(Sub, Shape), Shape.register(Sub) is Sub)


class HasLen(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        if cls is HasLen:
            return any("__len__" in B.__dict__ for B in C.__mro__)
        return NotImplemented


print(issubclass(list, HasLen), issubclass(int, HasLen), isinstance("s", HasLen))


class BadHook(abc.ABC):
    @classmethod
    def __subclasshook__(cls, C):
        return 1


try:
    issubclass(int, BadHook)
except AssertionError as e:
    print("AssertionError", e)
try:
    Shape.register(3)
except TypeError as e:
    print("TypeError", e)
try:
    issubclass(3, Shape)
except TypeError as e:
    print("TypeError", e)


def multiples(k):
    return (k * x for x in itertools.count(1))


print(list(itertools.islice(heapq.merge(multiples(2), multiples(3)), 8)))
print(list(heapq.merge([5, 1], [4, 6])), list(heapq.merge()))
print(list(heapq.merge([3, 1], [4, 2], reverse=True)))
print(list(heapq.merge(["bb", "a"], ["ccc"], key=len)))
print(heapq.nlargest(-1, [1, 2, 3]), heapq.nlargest(2, [1, 5, 3], key=lambda x: -x),
      heapq.nsmallest(2, [4, 1, 3]), heapq.nsmallest(10, [2, 1]))

it = iter([1, 2])
print(it.__next__.__self__ is it, [].append.__self__, (5).__add__.__self__)
print(len.__self__.__name__, abs.__self__ is __builtins__)
