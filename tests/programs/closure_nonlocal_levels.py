def level1():
    a = 1
    def level2():
        nonlocal a
        b = 10
        def level3():
            nonlocal a, b
            a += 100
            b += 1000
            return a + b
        r = level3()
        return r, b
    r = level2()
    return r, a
print(level1())
g = 5
def use_global():
    global g
    g += 1
    return g
print(use_global(), use_global(), g)
def shadow():
    g = "local"
    return g
print(shadow(), g)
def make_bank(balance):
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
    return deposit, withdraw
dep, wd = make_bank(50)
print(dep(25), wd(100), wd(70), dep(1))
def cell_shared():
    fs = []
    v = 0
    def setv(n):
        nonlocal v
        v = n
    def getv():
        return v
    return setv, getv
s, gt = cell_shared()
s(42)
print(gt())
