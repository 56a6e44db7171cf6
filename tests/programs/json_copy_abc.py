# json (dumps/loads as CPython formats and parses), copy and abc.
import json
import copy
from abc import ABC, abstractmethod

data = {"name": "hotpy", "version": [0, 1], "ok": True, "none": None, "pi": 3.14159,
        "nested": {"a": [], "b": {}, "c": [1.5e-7, -2, 10**20]}, "text": "tab\there \"q\" é ☃ 𝄞"}
print(json.dumps(data))
print(json.dumps(data, indent=2, sort_keys=True))
print(json.dumps(data, separators=(",", ":"), ensure_ascii=False))
print(json.dumps([1, (2, 3)], indent=0))
print(json.dumps({1: "int key", 2.5: "float", True: "bool", None: "none"}))
print(json.dumps(float("nan")), json.dumps(float("-inf")))
back = json.loads(json.dumps(data))
print(back == data, back["text"], back["nested"]["c"])
print(json.loads('  {"a": [1, 2.0, -3e2, "x\\u00e9\\ud834\\udd1e", true, false, null]}  '))
for bad in ['{"a" 1}', "[1, 2", "", '{"a": 1,}', "[1] x", '"abc', "tru"]:
    try:
        json.loads(bad)
    except json.JSONDecodeError as e:
        print("JSONDecodeError:", e, e.pos)
try:
    json.dumps({"s": {1, 2}})
except TypeError as e:
    print("TypeError:", e)
print(json.dumps({"s": {1, 2}}, default=sorted))


class Point:
    def __init__(self, x, y):
        self.x, self.y = x, y


print(json.dumps(Point(1, 2), default=lambda o: o.__dict__))
print(json.loads('{"x": 1}', object_hook=lambda d: Point(d["x"], 0)).y)

nested = [[1, 2], {"k": [3]}, Point(4, [5])]
shallow = copy.copy(nested)
deep = copy.deepcopy(nested)
nested[0].append(9)
nested[1]["k"].append(8)
nested[2].y.append(7)
print(shallow[0], shallow[1], deep[0], deep[1], deep[2].y, deep[2] is not nested[2])
cycle = [1]
cycle.append(cycle)
copied = copy.deepcopy(cycle)
print(copied[1] is copied, copied[0])
p = copy.copy(Point(1, 2))
print(p.x, p.y, type(p).__name__)


class Shape(ABC):
    @abstractmethod
    def area(self):
        pass

    @abstractmethod
    def name(self):
        pass

    def describe(self):
        return self.name() + " " + str(self.area())


class Square(Shape):
    def __init__(self, side):
        self.side = side

    def area(self):
        return self.side ** 2

    def name(self):
        return "square"


class Half(Shape):
    def area(self):
        return 0


print(Square(3).describe(), sorted(Shape.__abstractmethods__), Square.__abstractmethods__)
for cls in (Shape, Half):
    try:
        cls()
    except TypeError as e:
        print("TypeError:", e)
