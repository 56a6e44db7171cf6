def bank(balance):
    def deposit(x):
        nonlocal balance
        balance += x
        return balance
    def withdraw(x):
        nonlocal balance
        if x > balance:
            return "insufficient"
        balance -= x
        return balance
    def get():
        return balance
    return deposit, withdraw, get
d, w, g = bank(100)
print(d(50), w(30), w(500), g())
d2, w2, g2 = bank(0)
print(d2(5), g(), g2())
def make_counter():
    count = 0
    def inc():
        nonlocal count
        count += 1
        return count
    def reset():
        nonlocal count
        count = 0
    return inc, reset
inc, reset = make_counter()
print(inc(), inc(), inc())
reset()
print(inc())
def outer():
    x = "outer"
    def mid():
        def inner():
            return x
        return inner
    x = "changed"
    return mid()()
print(outer())
print(d.__name__, g.__name__)
