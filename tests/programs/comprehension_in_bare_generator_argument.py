# A comprehension that is the element of an unparenthesized generator expression (the only
# argument of a call) starts where the generator expression does: each is its own scope,
# and the inner one reads the outer one's loop variables as free variables.
groups = [([1, 2, 3], 1), ([4, 5], 4)]
print(tuple([p for p in ps if p & m] for ps, m in groups))
print(list([p + m for p in [1]] for m in [1, 2]))
print(sorted({p * m for p in range(3)} for m in [1, 2]) if False else
      [sorted(s) for s in list({p * m for p in range(3)} for m in [1, 2])])
print(dict((k, [k * v for v in range(2)]) for k in "ab"))
print(list({v: k for v in [k]} for k in range(2)))
print(list((lambda: m)() for m in [1, 2]))
print(sum(sum(x * y for x in range(3)) for y in range(3)))
print(list([[q + r for q in [r]] for r in [s]] for s in [1, 2]))
