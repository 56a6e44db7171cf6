# json through hotpy's native _json (scanner, encoder): CPython's C messages and positions.
import json
cases = ['', ' ', '{', '{"a"', '{"a":', '{"a":1', '{"a":1,', '{"a":1,}', '{a:1}', '{"a" 1}', '[', '[1', '[1,', '[1,]', '[1 2]', '"abc', '"a\\x"', '"\\u12"', '"\\u12zz"', '"a\nb"', '"\\', 'nul', 'tru', '-', '-x', '01', '1.', '1e', '1.5e+', '[-]', 'NaN', '-Infinity', 'Infinityx', '{"a":1}x', '[1]]', '  [1, {"b": [true, false, null]}] ', '"\\ud834\\udd1e"', '1.0E5', '-0', '-0.0', '1' * 30, '[1,2,3,,]', '{"a":1 "b":2}', '{"a":1,"a":2}', '"\t"', '[1,\n 2,\n x]', '\ufeff[1]', '{"":""}', '[] ', '"\\/\\b\\f\\n\\r\\t\\"\\\\"', '1e400', '-1e400', '[1e-400]', '{"a"  :  [ ]  , "b" : { } }']
for c in cases:
    try:
        r = json.loads(c)
        print(repr(c), '->', repr(r))
    except json.JSONDecodeError as e:
        print(repr(c), 'JSONDecodeError', e.msg, e.pos, e.lineno, e.colno, str(e))
    except Exception as e:
        print(repr(c), type(e).__name__, e)
print(json.loads('{"a": 1.5, "b": [1, 2]}', parse_float=str, parse_int=lambda s: int(s) * 10))
print(json.loads('{"a": 1, "b": {"c": 2}}', object_hook=lambda d: sorted(d.items())))
print(json.loads('{"a": 1, "b": {"c": 2}}', object_pairs_hook=lambda p: ('P', p)))
print(json.loads('[NaN, Infinity, -Infinity]', parse_constant=lambda s: 'C' + s))
print(json.loads('"a\tb"', strict=False))
try: json.loads('"a\tb"', strict=True)
except ValueError as e: print(e)
from json import decoder, scanner
print(decoder.scanstring('"abc\\n" tail', 1))
try: decoder.scanstring('"abc', 1)
except ValueError as e: print(e)
import json.decoder as d
print(d.JSONDecoder().raw_decode('[1, 2] tail'))
try: json.loads(b'[1]'); print(json.loads(b'[1]'), json.loads(bytearray(b'{"x": 2}')))
except Exception as e: print(type(e).__name__, e)
try: json.loads(5)
except Exception as e: print(type(e).__name__, e)
print(json.loads('[' * 50 + ']' * 50))
try: json.loads('[' * 100000 + ']' * 100000)
except RecursionError as e: print('RecursionError', e)

import json, collections, enum
for o in [float('nan'), [1, float('inf')]]:
  try: json.dumps(o, allow_nan=False)
  except Exception as e: print(type(e).__name__, e)
try: json.dumps({(1,2): 3})
except Exception as e: print(type(e).__name__, e)
print(json.dumps({(1,2): 3, 'a': 1}, skipkeys=True))
try: json.dumps({1: 2, 'a': 1}, sort_keys=True)
except Exception as e: print(type(e).__name__, e)
l = []; l.append(l)
try: json.dumps(l)
except Exception as e: print(type(e).__name__, e)
try: json.dumps(object())
except Exception as e: print(type(e).__name__, e)
from json import encoder
try: encoder.c_encode_basestring_ascii(5)
except Exception as e: print(type(e).__name__, e)
print(encoder.c_encode_basestring_ascii('a\u00e9\x7f\U0001d11e\"\\\\\n\x01'), encoder.c_encode_basestring('a\u00e9\x7f\U0001d11e\"\\\\\n\x01'))
print(encoder.c_make_encoder.__name__, json.scanner.make_scanner)
d = {}; d['x'] = d
try: json.dumps(d)
except Exception as e: print(type(e).__name__, e)
try: json.dumps(object(), default=lambda o: [o])
except Exception as e: print(type(e).__name__, e)
try: json.dumps(l, check_circular=False)
except Exception as e: print(type(e).__name__, str(e)[:80])
print(json.dumps({True: 1, None: 2, 1.5: 3, 7: 4, False: 5}), json.dumps([1.0, 1e100, -0.0, 2**70, True]))
class Color(enum.IntEnum):
    RED = 1
class S(str): pass
class F(float): pass
od = collections.OrderedDict([('b', 1), ('a', 2)]); od.move_to_end('b')
print(json.dumps([Color.RED, S('x'), F(2.5), od, (1, 2), collections.Counter('aab'), {Color.RED: S('y')}]))
print(json.dumps({'b': [1, {'z': 1, 'a': None}], 'a': 'é'}, sort_keys=True, ensure_ascii=False, separators=(',', ':')))
print(json.dumps({'b': 1, 'a': [1, 2, {}], 'c': []}, indent=2, sort_keys=True))
print(json.dumps({"k": 1}, indent="\t"))
import datetime
print(json.dumps({'d': datetime.date(2020, 1, 2)}, default=str))
class E(json.JSONEncoder):
    def default(self, o):
        if isinstance(o, set): return sorted(o)
        return super().default(o)
print(E().encode({'s': {3, 1, 2}}), json.dumps({3, 1}, cls=E))
try: E().encode({'s': object()})
except TypeError as e: print(e)
print(json.dumps("\u2028 plain"), json.dumps(''), json.dumps([]), json.dumps({}), json.dumps([[]]), json.dumps(None))
print(json.loads(json.dumps({"a": [1.5, "x\ny", None, True, {"b": -2}]})))
print(json.JSONDecoder(object_hook=dict).decode('{"a": {"b": 1}}'))
print(json.loads('{"a": 1, "a": 2}', object_pairs_hook=list))
print(json.loads(' [1, 2] \n'))
print(json.scanner.make_scanner(json.JSONDecoder())('[1, 2] xx', 0))
try: json.scanner.make_scanner(json.JSONDecoder())('[1, 2] xx', 7)
except StopIteration as e: print('StopIteration', e.value)
big = json.loads('[' + ','.join(str(i) for i in range(1000)) + ']')
print(sum(big), json.loads('123456789012345678901234567890'), json.loads('-1.5E-3'), json.loads('1E400'))
import io
buf = io.StringIO(); json.dump({'x': [1, 2]}, buf); print(buf.getvalue(), json.load(io.StringIO(buf.getvalue())))
print(json.dumps('\x00\x1f\x7f\u0080\uffff'), json.dumps('\x00\x1f\x7f\u0080', ensure_ascii=False))
class BadEnc(json.JSONEncoder):
    pass
print(json.dumps([1, 2], separators=(';', '=')), json.dumps({'a': 1}, separators=(';', '=')))
