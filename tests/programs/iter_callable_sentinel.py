# iter(function, sentinel): lines until an empty one, a counter, fixed-size reads, errors.
import io, functools
f = io.StringIO("a\nb\n\nc\n")
print(list(iter(f.readline, "")))
n = [0]
def tick():
    n[0] += 1
    return n[0]
it = iter(tick, 5)
print(type(it).__name__, list(it), next(it, "done"))
for chunk in iter(functools.partial(io.BytesIO(b"abcdefg").read, 3), b""):
    print(chunk)
for bad in [(1, 2), (1, 2, 3)]:
    try: iter(*bad)
    except TypeError as e: print(e)
