from functools import reduce
import operator

def product(g):
    return reduce(operator.mul, g)

groups = [[1, 2, 3], [4, 5], [6], [], [7]]
print(reduce(operator.add, [], 0), reduce(operator.mul, [], 1))
for g in groups:
    print(g, "->", product(g))
