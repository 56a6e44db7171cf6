# Builtin iterators and generators have __next__ and __iter__ as methods.
def g():
    yield 1
    return 5


it = g()
print(it.__iter__() is it, it.__next__())
try:
    it.__next__()
except StopIteration as e:
    print("StopIteration", e.value)

for it in [iter([1, 2]), iter((1, 2)), iter(range(2)), iter("ab"), enumerate("ab"),
           zip("ab", "cd"), map(str, [1, 2]), filter(None, [0, 1, 2])]:
    print(type(it).__name__, it.__iter__() is it, it.__next__(), next(it))
    try:
        it.__next__()
    except StopIteration:
        print("exhausted")
try:
    iter([]).__next__(1)
except TypeError as e:
    print("TypeError")

import itertools

counter = itertools.count(3)
step = counter.__next__
print(step(), step(), next(counter))
