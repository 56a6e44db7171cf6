"""The attributes of `sys` that are plain Python values: the native `sys` module takes any
attribute it has no value of its own for from here (once; later reads see the same object,
so `sys.warnoptions.append(...)` lasts)."""

import _hotpy


def _structseq(type_name, fields, values):
    """An instance of a tuple class with named fields, as CPython's struct sequences."""

    def make_property(i):
        return property(lambda self: tuple.__getitem__(self, i))

    namespace = {name: make_property(i) for i, name in enumerate(fields)}
    namespace["n_fields"] = namespace["n_sequence_fields"] = len(fields)
    namespace["n_unnamed_fields"] = 0

    def __repr__(self):
        parts = ", ".join("%s=%r" % (n, v) for n, v in zip(fields, self))
        return "%s(%s)" % (type_name, parts)

    namespace["__repr__"] = __repr__
    namespace["__module__"] = "sys"
    cls = type(type_name.rpartition(".")[2], (tuple,), namespace)
    return cls(values)


version_info = _structseq(
    "sys.version_info", ("major", "minor", "micro", "releaselevel", "serial"),
    (3, 11, 7, "final", 0))
hexversion = 0x030B07F0
api_version = 1013


class _Implementation:
    name = "hotpy"
    cache_tag = None
    version = version_info
    hexversion = hexversion
    _multiarch = "x86_64-linux-gnu"

    def __repr__(self):
        return "namespace(name='hotpy', cache_tag=None, version=%r, hexversion=%d)" % (
            self.version, self.hexversion)


implementation = _Implementation()

flags = _structseq(
    "sys.flags",
    ("debug", "inspect", "interactive", "optimize", "dont_write_bytecode", "no_user_site",
     "no_site", "ignore_environment", "verbose", "bytes_warning", "quiet",
     "hash_randomization", "isolated", "dev_mode", "utf8_mode", "warn_default_encoding",
     "safe_path", "int_max_str_digits"),
    (0, 0, 0, 0, 1, 0, 0, 0, 0, 0, 0, 1, 0, False, 0, 0, False, -1))

float_info = _structseq(
    "sys.float_info",
    ("max", "max_exp", "max_10_exp", "min", "min_exp", "min_10_exp", "dig", "mant_dig",
     "epsilon", "radix", "rounds"),
    (1.7976931348623157e+308, 1024, 308, 2.2250738585072014e-308, -1021, -307, 15, 53,
     2.220446049250313e-16, 2, 1))

int_info = _structseq(
    "sys.int_info",
    ("bits_per_digit", "sizeof_digit", "default_max_str_digits", "str_digits_check_threshold"),
    (30, 4, 4300, 640))

hash_info = _structseq(
    "sys.hash_info",
    ("width", "modulus", "inf", "nan", "imag", "algorithm", "hash_bits", "seed_bits",
     "cutoff"),
    (64, 2305843009213693951, 314159, 0, 1000003, "siphash13", 64, 128, 0))

warnoptions = []
_xoptions = {}
dont_write_bytecode = True
maxunicode = 0x10FFFF
float_repr_style = "short"
abiflags = ""
platlibdir = "lib"
# hotpy's import system finds modules itself; these are for the programs that read them
# (`pkgutil` walks `path_hooks`, which `importlib.machinery` fills with its FileFinder).
meta_path = []
path_hooks = []
path_importer_cache = {}
pycache_prefix = None
executable = _hotpy.executable()
_base = [p for p in _hotpy.initial_path() if p.endswith("/lib/python3.11")]
prefix = exec_prefix = base_prefix = base_exec_prefix = (
    _base[0][: -len("/lib/python3.11")] if _base else "")
del _base
builtin_module_names = ("_heapq", "_re", "builtins", "math", "random", "sys", "time")


def _getframe(depth=0):
    """The frame `depth` calls below the caller's (0: the caller's): a snapshot with
    `f_code` (the code object), `f_lineno`, `f_globals` (its module's namespace) and
    `f_back`."""
    import _traceback_types
    entries = _hotpy.frames(1 + depth)
    if not entries:
        raise ValueError("call stack is not deep enough")
    back = None
    for filename, line, function, module, code in reversed(entries):
        # The frame's real code object (`f.__code__`), as `inspect` needs.
        back = _traceback_types.frame(code, line, back, vars(module))
    return back


def exception():
    """The exception being handled (None outside an `except` clause), as 3.11's
    `sys.exc_info()[1]`."""
    import sys
    return sys.exc_info()[1]


def intern(string):
    """The string itself (hotpy does not share interned strings)."""
    if type(string) is not str:
        raise TypeError("intern() argument must be str, not %s" % type(string).__name__)
    return string


def getdefaultencoding():
    return "utf-8"


def getfilesystemencoding():
    return "utf-8"


def getfilesystemencodeerrors():
    return "surrogateescape"


def is_finalizing():
    return False


def get_int_max_str_digits():
    return _hotpy.int_max_str_digits()


def set_int_max_str_digits(maxdigits):
    if not isinstance(maxdigits, int):
        raise TypeError(
            f"'{type(maxdigits).__name__}' object cannot be interpreted as an integer")
    if maxdigits != 0 and maxdigits < 640:
        raise ValueError("maxdigits must be 0 or larger than 640")
    _hotpy.int_max_str_digits(maxdigits)


def getsizeof(obj, default=None):
    """CPython's size in bytes of obj (64-bit build), by CPython's layouts: what a program
    printing sizes expects; hotpy's own objects have other sizes."""
    t = type(obj)
    if t is bool or obj is None:
        return 28 if t is bool else 16
    if isinstance(obj, int):
        n = abs(obj)
        digits = 0
        while n:
            digits += 1
            n >>= 30
        return 24 + 4 * max(digits, 1)
    if isinstance(obj, float):
        return 24
    if isinstance(obj, str):
        m = max(map(ord, obj), default=0)
        if m < 128:
            return 49 + len(obj)
        if m < 256:
            return 73 + len(obj)
        if m < 65536:
            return 74 + 2 * len(obj)
        return 76 + 4 * len(obj)
    if isinstance(obj, bytes):
        return 33 + len(obj)
    if isinstance(obj, tuple):
        return 40 + 8 * len(obj)
    if isinstance(obj, list):
        return 56 + 8 * len(obj)
    if isinstance(obj, (set, frozenset)):
        n = 8
        while n * 3 < len(obj) * 5:
            n *= 4 if n < 50000 else 2
        return 200 + 16 * (n - 8) if n > 8 else 216
    if isinstance(obj, dict):
        if not obj:
            return 64
        n = 8
        while n * 2 < len(obj) * 3:
            n *= 2
        return 64 + 8 * n + 24 * (n * 2 // 3) + 8 if n > 8 else 232
    for klass in type(obj).__mro__:
        if klass is not object and "__sizeof__" in klass.__dict__:
            return obj.__sizeof__() + 16
    if default is not None:
        return default
    return 48 if hasattr(obj, "__dict__") else 16


_UNSET = object()


def get_asyncgen_hooks():
    """This thread's async generator hooks: `(firstiter, finalizer)`, named."""
    return _structseq("asyncgen_hooks", ("firstiter", "finalizer"), _hotpy.asyncgen_hooks())


def set_asyncgen_hooks(firstiter=_UNSET, finalizer=_UNSET):
    """Sets this thread's async generator hooks: `firstiter(agen)` runs when an async
    generator is first iterated (`finalizer` is kept for asyncio; hotpy does not finalize
    async generators the collector finds unreachable)."""
    current_first, current_final = _hotpy.asyncgen_hooks()
    if finalizer is not _UNSET:
        if finalizer is not None and not callable(finalizer):
            raise TypeError("callable finalizer expected, got " + type(finalizer).__name__)
        current_final = finalizer
    if firstiter is not _UNSET:
        if firstiter is not None and not callable(firstiter):
            raise TypeError("callable firstiter expected, got " + type(firstiter).__name__)
        current_first = firstiter
    _hotpy.set_asyncgen_hooks(current_first, current_final)


_origin_tracking_depth = [0]


def get_coroutine_origin_tracking_depth():
    return _origin_tracking_depth[0]


def set_coroutine_origin_tracking_depth(depth):
    """Kept and reported back; hotpy records no origins (`cr_origin` is None)."""
    if depth < 0:
        raise ValueError("depth must be >= 0")
    _origin_tracking_depth[0] = depth


_audit_hooks = []


def addaudithook(hook):
    """Adds a hook that audit() calls with each event (PEP 578)."""
    _audit_hooks.append(hook)


def audit(event, *args):
    """Raises an auditing event: calls each hook added with addaudithook()."""
    if not isinstance(event, str):
        raise TypeError("expected str for argument 'event', not %s" % type(event).__name__)
    for hook in list(_audit_hooks):
        hook(event, args)


# hotpy runs no trace or profile functions: only None (no function) can be set.
def gettrace():
    return None


def settrace(function):
    if function is not None:
        raise NotImplementedError("hotpy cannot trace Python code: sys.settrace() takes only None")


def getprofile():
    return None


def setprofile(function):
    if function is not None:
        raise NotImplementedError("hotpy cannot profile Python code: sys.setprofile() takes only None")


def displayhook(value):
    """Prints `repr(value)` to `sys.stdout` and keeps it as `builtins._` (None is not shown):
    what the interactive interpreter and code compiled in 'single' mode do with the value of
    an expression statement."""
    if value is None:
        return
    import builtins
    import sys
    builtins._ = None
    sys.stdout.write(repr(value) + "\n")
    builtins._ = value


__displayhook__ = displayhook


def excepthook(exc_type, value, traceback):
    """Writes the report of an uncaught exception to `sys.stderr` (the default: the program
    may set `sys.excepthook` to its own function, which is then called instead)."""
    import sys
    import _hotpy
    if not isinstance(value, BaseException):
        # CPython reports the mistake instead of the exception (and raises nothing).
        sys.stderr.write("TypeError: print_exception(): Exception expected for value, %s found\n"
                         % type(value).__name__)
        return
    sys.stderr.write(_hotpy.exception_report(value))


__excepthook__ = excepthook


import _cfunctions
_cfunctions.mark(globals(), __name__)
del _cfunctions
