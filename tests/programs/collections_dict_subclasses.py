# defaultdict, Counter and OrderedDict are dict subclasses (isinstance, dict(), json).
from collections import defaultdict, Counter, OrderedDict
import json
d = defaultdict(list)
d["a"].append(1); d["b"].append(2); d["a"].append(3)
print(d, dict(d), isinstance(d, dict), len(d), sorted(d), d.copy(), json.dumps(d))
c = Counter("abracadabra")
print(c, c.most_common(2), c["z"], c.total(), isinstance(c, dict), json.dumps(c, sort_keys=True))
print(c + Counter("aa"), c - Counter("abc"), c & Counter("ab"), list(c.elements())[:4])
o = OrderedDict(a=1, b=2)
o.move_to_end("a")
print(o, o.popitem(last=False), o == OrderedDict(a=1), o == {"a": 1}, isinstance(o, dict))
dd = defaultdict(int)
for w in "the cat the hat".split():
    dd[w] += 1
print(sorted(dd.items()), dd["missing"], len(dd))
