# Restorable frames (hotpy/src/interp/checkpoint.rs): run with HOTPY_RESTORE_TEST=K,M, the
# frames are checkpointed at injection point K and restored after an abort at point M. The
# computation keeps its state in locals only (ints), so re-running from the checkpoint gives
# the same result. Used by tests/cli.rs.
def fib(n):
    if n < 2:
        return n
    return fib(n - 1) + fib(n - 2)


def run():
    total = 0
    i = 0
    while i < 300:
        total = total + fib(i % 12) * i
        i = i + 1
    return total


r = run()
print("result", r)
