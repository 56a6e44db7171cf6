# KeyError from popping an empty set or dict shows its message as CPython's (repr'd once),
# and sort's `reverse` must be an int.
for thunk in (lambda: set().pop(), lambda: {}.popitem(), lambda: frozenset() or set().pop()):
    try:
        thunk()
    except KeyError as e:
        print(type(e).__name__, str(e), repr(e), e.args)
for bad in (None, "yes", 1.0):
    try:
        sorted([2, 1], reverse=bad)
    except TypeError as e:
        print("TypeError", e)
    try:
        [2, 1].sort(reverse=bad)
    except TypeError as e:
        print("TypeError", e)
print(sorted([1, 3, 2], reverse=1), sorted([1, 3, 2], reverse=True), sorted([1, 2], reverse=0))
s = {1}
s.pop()
s.pop()
