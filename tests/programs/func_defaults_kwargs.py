def greet(name, greeting="Hello", punct="!"):
    return f"{greeting}, {name}{punct}"
print(greet("Ann"))
print(greet("Ben", "Hi"))
print(greet("Cy", punct="?"))
print(greet(punct=".", name="Di", greeting="Yo"))
def collect(*args, **kwargs):
    return args, sorted(kwargs.items())
print(collect())
print(collect(1, 2, x=3, y=4))
print(collect(*[1, 2], **{"z": 0}))
def kwonly(a, *, scale=2, offset=0):
    return a * scale + offset
print(kwonly(5), kwonly(5, scale=3), kwonly(5, offset=1, scale=10))
def posonly(a, b, /, c=0):
    return a - b + c
print(posonly(10, 3), posonly(10, 3, c=5))
def mutable_default(x, acc=[]):
    acc.append(x)
    return acc
print(mutable_default(1), mutable_default(2))
def safe_default(x, acc=None):
    if acc is None:
        acc = []
    acc.append(x)
    return acc
print(safe_default(1), safe_default(2))
def everything(a, b=2, *rest, c, d=4, **extra):
    return a, b, rest, c, d, extra
print(everything(1, c=3))
print(everything(1, 5, 6, 7, c=8, e=9))
