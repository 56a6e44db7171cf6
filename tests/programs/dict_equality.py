# Dict equality: same keys with equal values, whatever the insertion order.
a = {"x": 1, "y": [1, 2], "z": {"n": None}}
b = {"z": {"n": None}, "y": [1, 2], "x": 1}
print(a == b, a != b, b == a)
b["y"].append(3)
print(a == b, a != b)
print({} == {}, {1: 1} == {1: 1.0}, {1: 1} == {True: 1}, {1: 2} == {1: 3})
print({1: 2} == [1], {1: 2} == {1: 2, 3: 4}, {(1, 2): "t"} == {(1, 2): "t"})
nan = float("nan")
print({1: nan} == {1: nan})
c = {1: nan}
print(c == c)


class Loose:
    def __init__(self, v):
        self.v = v

    def __eq__(self, other):
        return isinstance(other, Loose) and self.v % 10 == other.v % 10

    __hash__ = None


print({1: Loose(3)} == {1: Loose(13)}, {1: Loose(3)} == {1: Loose(4)})
try:
    print({1: 2} < {1: 3})
except TypeError as e:
    print("TypeError:", e)
words = "the quick brown fox jumps over the lazy dog the end".split()
counts = {}
for w in words:
    counts[w] = counts.get(w, 0) + 1
expected = dict.fromkeys(set(words), 1)
expected["the"] = 3
print(counts == expected, sorted(counts.items()) == sorted(expected.items()))
print([{1: 2}] == [{1: 2}], ({"a": 1},) == ({"a": 1},), {"k": {"a": 1}} in [{"k": {"a": 1}}])
