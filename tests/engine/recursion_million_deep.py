# A recursion limit of a million: the recursion reaches it and fails with RecursionError,
# whose traceback collapses the repeated frames (CPython: about a second).
import sys

sys.setrecursionlimit(10**6)


def down(n):
    return down(n + 1)


try:
    down(0)
except RecursionError as e:
    print("RecursionError:", e)
depth = 0


def count(n):
    global depth
    depth = n
    count(n + 1)


try:
    count(0)
except RecursionError:
    print(depth > 900000)
