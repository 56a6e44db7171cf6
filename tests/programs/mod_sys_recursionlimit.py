import sys

old = sys.getrecursionlimit()
print(old)
def depth(n):
    return 0 if n == 0 else 1 + depth(n - 1)
print(depth(500))
sys.setrecursionlimit(3000)
print(sys.getrecursionlimit())
print(depth(2500))
sys.setrecursionlimit(old)
print(sys.getrecursionlimit() == old)
def runaway(n):
    return runaway(n + 1)
try:
    runaway(0)
except RecursionError as e:
    print("RecursionError caught:", str(e).startswith("maximum recursion depth exceeded"))
print(depth(100))
