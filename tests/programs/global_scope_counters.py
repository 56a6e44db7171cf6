counter = 0
log = []
def bump(n=1):
    global counter
    counter += n
    log.append(counter)
def reset():
    global counter, log
    counter = 0
    log = []
for i in range(5):
    bump(i)
print(counter, log)
reset()
bump()
print(counter, log)
def read_only():
    return counter * 10
print(read_only())
def make_global():
    global created
    created = "yes"
make_global()
print(created)
x = "module"
def f():
    x = "f"
    def g():
        return x
    return g()
print(f(), x)
print([counter for _ in range(2)])
