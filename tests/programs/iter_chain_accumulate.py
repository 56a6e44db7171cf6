import itertools
import operator

print(list(itertools.chain([1, 2], (3, 4), "ab", range(2))))
print(list(itertools.chain.from_iterable([[1], [2, 3], [], [4, 5, 6]])))
print(list(itertools.chain()))
print(list(itertools.accumulate([1, 2, 3, 4, 5])))
print(list(itertools.accumulate([1, 2, 3, 4, 5], operator.mul)))
print(list(itertools.accumulate([3, 1, 4, 1, 5, 9, 2, 6], max)))
print(list(itertools.accumulate([1, 2, 3], initial=100)))
print(list(itertools.accumulate(["a", "b", "c"])))
balances = list(itertools.accumulate([100, -20, 35, -50, 10], lambda a, b: a + b))
print(balances)
matrix = [[1, 2], [3, 4], [5, 6]]
print(sum(itertools.chain.from_iterable(matrix)))
print(list(itertools.accumulate(range(1, 11), lambda a, b: a * b))[-1])
