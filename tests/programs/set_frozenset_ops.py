f = frozenset([3, 1, 2, 3])
g = frozenset({2, 3, 4})
print(f, g, len(f))
print(f | g, f & g, f - g, f ^ g)
print(type(f | g).__name__, type({1} | f).__name__, type(f | {1}).__name__)
groups = {frozenset({1, 2}): "a", frozenset({2, 1}): "b", frozenset({3}): "c"}
print(len(groups), groups[frozenset([1, 2])])
family = {frozenset(), frozenset({1}), frozenset({1, 2})}
print(len(family), frozenset({1}) in family)
def powerset(items):
    result = [frozenset()]
    for x in items:
        result += [s | {x} for s in result]
    return result
ps = powerset([1, 2, 3])
print(len(ps), sorted(sorted(s) for s in ps))
print(f == {1, 2, 3}, f.issubset(range(10)), frozenset() < f)
try:
    f.add(9)
except AttributeError as e:
    print("AttributeError:", e)
print(frozenset(range(5)) - {0, 4})
