# sys.stdin and input() read one buffered standard input (fed by tests/cli.rs).
import sys
print(sys.stdin.name, sys.stdin.fileno(), sys.stdout.fileno())
first = input()
print("input:", first)
print("readline:", repr(sys.stdin.readline()))
print("part:", repr(sys.stdin.readline(3)), repr(sys.stdin.readline()))
rest = [line.rstrip("\n") for line in sys.stdin]
print("rest:", rest)
print("eof:", repr(sys.stdin.readline()), repr(sys.stdin.read()))
try:
    input()
except EOFError as e:
    print("EOFError", e)
