import sys

print(len(sys.argv), sys.argv[1:])
print(sys.argv[0].endswith(".py"))
print(sys.maxsize, sys.maxsize == 2 ** 63 - 1)
print(sys.maxsize + 1, type(sys.maxsize + 1).__name__)
print(-sys.maxsize - 1)
big = sys.maxsize * sys.maxsize
print(big, big.bit_length())
print(isinstance(sys.maxsize, int), sys.maxsize > 10 ** 18)
def args_or_default(default):
    return sys.argv[1:] or default
print(args_or_default(["none"]))
print(min(sys.maxsize, 5), max(-sys.maxsize, 5))
