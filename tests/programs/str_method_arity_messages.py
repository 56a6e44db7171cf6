# A str method called with too few or too many positional arguments: each follows the
# message of its CPython calling convention (Argument Clinic, PyArg_ParseTuple, METH_O), and
# small-int bitwise operators keep bool results for bools.
methods = [
    "center", "ljust", "rjust", "zfill", "count", "find", "index", "split", "replace",
    "startswith", "endswith", "expandtabs", "join", "partition", "rpartition", "strip",
    "rsplit", "splitlines", "rfind", "rindex", "removeprefix", "removesuffix", "translate",
]
for m in methods:
    for args in [(), ("x", 1, 2, 3)]:
        try:
            getattr("abc", m)(*args)
        except TypeError as e:
            print(m, len(args), "|", e)
print(True & True, True | False, True ^ True, 6 & 3, -5 >> 1, 7 >> 100, -7 >> 100)
print(1 | 2**70, 5 ^ -1, (1 << 61) | (1 << 61), -(1 << 61) ^ (1 << 61), 12 & -4)
