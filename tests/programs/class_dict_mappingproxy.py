# A class's __dict__ (and vars(cls)) is a read-only live view, CPython's mappingproxy: item
# assignment and deletion raise TypeError, later class attributes show through, and the
# mapping methods work.
class Base:
    """doc"""

    x = 1

    def method(self):
        return "m"


class Child(Base):
    y = 2


d = Child.__dict__
print(type(d).__name__, type(vars(Child)).__name__)
print("y" in d, "x" in d, "x" in Base.__dict__, d["y"], d.get("nope", "default"))
for attempt in ("d['z'] = 3", "del d['y']", "d.update({})", "d.clear()"):
    try:
        exec(attempt)
    except (TypeError, AttributeError) as e:
        print(type(e).__name__, e)
Child.z = 3
print("z" in d, d["z"], len(d) == len(dict(d)))
print(sorted(k for k in d if not k.startswith("__")))
print(sorted(k for k, v in Base.__dict__.items() if callable(v)))
print(Base.__dict__["__doc__"], isinstance(Base.__dict__, dict))
copy = d.copy()
copy["w"] = 4
print(type(copy).__name__, "w" in d, "w" in copy)
print(dict(Child.__dict__)["y"], list(reversed(list(d)))[-1] == list(d)[0])
print(d == dict(d), (d | {"extra": 1})["extra"])
try:
    d |= {"a": 1}
except TypeError as e:
    print("TypeError", e)
print(str(vars(Child)) == str(dict(Child.__dict__)))
print(repr(type("T", (), {"k": 1}).__dict__).startswith("mappingproxy({"))


# The two messages of a failed `del x[k]`: "doesn't" for an index into a type with sequence
# methods, "does not" otherwise.
class Plain:
    pass


for target in [(1,), Plain(), 5, "ab", 2.5, None, frozenset(), range(3), d]:
    for key in ["a", 0, 1.5]:
        try:
            del target[key]
        except (TypeError, KeyError) as e:
            print(type(target).__name__, repr(key), type(e).__name__, e)
