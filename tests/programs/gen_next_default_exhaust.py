def three():
    yield 1
    yield 2
    yield 3

g = three()
print(next(g), next(g), next(g), next(g, "done"), next(g, None))
it = iter([10, 20])
print(next(it), next(it), next(it, -1))
e = iter("")
print(next(e, "empty"))
def gen_with_return():
    yield "x"
    return "result"
h = gen_with_return()
print(next(h))
try:
    next(h)
except StopIteration as exc:
    print("StopIteration value:", exc.value)
print(list(gen_with_return()))
def first_match(seq, pred):
    return next((s for s in seq if pred(s)), None)
print(first_match([1, 3, 8, 5], lambda n: n % 2 == 0), first_match([], bool))
lst = [5, 6, 7]
li = iter(lst)
print(list(zip(li, li)))
r = reversed([1, 2, 3])
print(next(r), list(r))
