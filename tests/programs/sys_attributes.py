# sys's plain attributes: version_info as a named tuple, flags, float_info, int_info,
# warnoptions (one list, kept), intern, encodings, getsizeof as CPython's (64-bit) sizes.
import sys

print(sys.version_info[:2], sys.version_info.major, sys.version_info.minor,
      sys.version_info >= (3, 8), type(sys.version_info).__name__,
      isinstance(sys.version_info, tuple), len(sys.version_info))
print(sys.flags.optimize, sys.flags.dont_write_bytecode, sys.maxunicode, sys.float_info.max,
      sys.float_info.epsilon, sys.float_info.dig, sys.int_info.bits_per_digit,
      sys.hash_info.modulus)
sys.warnoptions.append("ignore")
print(sys.warnoptions, sys.intern("abc"), sys.getdefaultencoding(),
      sys.getfilesystemencoding(), sys.byteorder, sys.maxsize)
try:
    sys.intern(5)
except TypeError as e:
    print("TypeError", e)
print([sys.getsizeof(x) for x in (0, 1, 2**40, -7, 1.5, "abc", "é", b"ab", (), (1, 2),
                                 [], [1], {}, set(), None, True)])
print(isinstance(sys.implementation.name, str), sys.implementation.cache_tag is None or True,
      bool(sys.executable), sys.prefix == sys.base_prefix, hasattr(sys, "float_repr_style"))
print(sys.__stdout__ is not None, hasattr(sys, "no_such_attribute"))
