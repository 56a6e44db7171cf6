# pprint of dicts too long for a line (types.MappingProxyType is its own type) and of
# dataclasses (their generated __repr__ is __wrapped__, as pprint checks).
import pprint
d = {f"key{i}": list(range(i)) for i in range(12)}
pprint.pprint(d)
pprint.pprint(list(range(40)), width=30)
from dataclasses import dataclass, field
@dataclass
class C:
    name: str
    items: list = field(default_factory=list)
pprint.pprint(C("a"*50, list(range(30))))
print(pprint.pformat({"a": {"b": [1,2,{"c": "d"*70}]}}))
