# concurrent.futures: ThreadPoolExecutor (map, submit, as_completed, wait, callbacks,
# shutdown), Future states, cancellation and timeouts.
from concurrent.futures import ThreadPoolExecutor, as_completed, wait, FIRST_COMPLETED
import concurrent.futures as cf
import concurrent

def square(x):
    return x * x

def fail(x):
    raise ValueError("no %d" % x)

with ThreadPoolExecutor(max_workers=3) as ex:
    print(list(ex.map(square, range(10))))
    futs = [ex.submit(square, i) for i in range(5)]
    print(sorted(f.result() for f in as_completed(futs)))
    bad = ex.submit(fail, 7)
    try:
        bad.result()
    except ValueError as e:
        print("ValueError", e, type(bad.exception()).__name__)
    done, not_done = wait(futs)
    print(len(done), len(not_done), all(f.done() for f in futs))
    f = ex.submit(sum, [1, 2, 3])
    seen = []
    f.add_done_callback(lambda fut: seen.append(fut.result()))
    print(f.result(), f.cancelled(), f.running())
print(seen)
ex.shutdown()
try:
    ex.submit(square, 1)
except RuntimeError as e:
    print("RuntimeError", e)
fut = cf.Future()
print(fut.cancel(), fut.cancelled(), fut.done())
try:
    fut.result()
except cf.CancelledError:
    print("CancelledError")
f2 = cf.Future()
try:
    f2.result(timeout=0.001)
except cf.TimeoutError:
    print("TimeoutError")
f2.set_result(5)
print(f2.result(), repr(f2).split(" at ")[0])
print(concurrent.__name__, cf.__name__)
