def make_counter(start=0, step=1):
    count = start
    def inc():
        nonlocal count
        count += step
        return count
    def get():
        return count
    return inc, get
inc_a, get_a = make_counter()
inc_b, get_b = make_counter(100, 10)
for _ in range(3):
    inc_a()
inc_b()
print(get_a(), get_b(), inc_a(), inc_b())
def make_accumulator():
    items = []
    def add(x):
        items.append(x)
        return len(items), sum(items)
    return add
acc = make_accumulator()
print(acc(5), acc(10), acc(-3))
def outer():
    x = "outer"
    def middle():
        def inner():
            return x
        return inner()
    x = "changed"
    return middle()
print(outer())
def make_multipliers():
    result = []
    for k in range(1, 4):
        def m(v, k=k):
            return v * k
        result.append(m)
    return result
print([m(10) for m in make_multipliers()])
