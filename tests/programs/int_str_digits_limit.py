import sys
print(sys.flags.int_max_str_digits, sys.get_int_max_str_digits())
for e in ['str(10**5000)','int("1"*5000)','"%d"%10**5000','format(10**5000)', 'f"{10**5000:,}"','hex(10**5000)[:5]','int("1"*5000, 16)>0','repr(10**4300)[:3]','repr(10**4299)[:3]','int("1"*4300)>0','float("1"*5000)','f"{10**5000:x}"[:3]', 'str(-10**4300)', '"%x" % 10**5000 > ""', 'int("_".join("1"*4301))','f"{10**5000!r}"', '"{}".format(10**5000)', 'str([1, 10**5000])', 'str({1: (10**5000,)})', 'repr(2**14285)[:4]', 'repr(2**14286)[:4]','int(" -" + "9"*4300 + " ")<0', 'int("1"*5000, 0)', 'int(b"1"*5000)', 'len(str(-10**4299))']:
  try: print(e, eval(e))
  except Exception as x: print(e, type(x).__name__, x)
import json
try: json.dumps(10**5000)
except Exception as x: print(type(x).__name__, x)
try: json.loads('1'*5000)
except Exception as x: print(type(x).__name__, x)
sys.set_int_max_str_digits(0); print(len(str(10**5000)))
for bad in [100, -1, 'x', 639]:
  try: sys.set_int_max_str_digits(bad)
  except Exception as x: print(type(x).__name__, x)
sys.set_int_max_str_digits(maxdigits=700); print(sys.get_int_max_str_digits())
try: print(10**700)
except ValueError as x: print(x)
print(len(str(10**699)))
class I(int): pass
try: print(I(10**800))
except ValueError as x: print(x)
