def connect(host, port=80, *, timeout=10, secure=False):
    return f"{host}:{port} timeout={timeout} secure={secure}"
print(connect("a"))
print(connect("b", 443, secure=True))
print(connect("c", timeout=1))
try:
    connect("d", 22, 5)
except TypeError as e:
    print("TypeError:", e)
def collect(*items, sep=", ", end="."):
    return sep.join(map(str, items)) + end
print(collect(1, 2, 3), collect("x", sep="|", end="!"))
def required(*, name, age):
    return f"{name} is {age}"
print(required(age=3, name="kit"))
try:
    required(name="only")
except TypeError as e:
    print("TypeError:", e)
def pos_only(a, b, /, c, *, d):
    return a + b + c + d
print(pos_only(1, 2, 3, d=4), pos_only(1, 2, c=3, d=4))
try:
    pos_only(1, b=2, c=3, d=4)
except TypeError as e:
    print("TypeError:", e)
def opts(**kw):
    return sorted(kw.items())
print(opts(z=1, a=2), opts())
