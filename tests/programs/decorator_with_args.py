def repeat(times):
    def deco(fn):
        def wrapper(*args):
            return [fn(*args) for _ in range(times)]
        return wrapper
    return deco
@repeat(3)
def hello(name):
    return "hi " + name
print(hello("ann"))
def validate(**types):
    def deco(fn):
        def wrapper(**kwargs):
            for k, t in types.items():
                if not isinstance(kwargs[k], t):
                    return f"bad {k}: expected {t.__name__}, got {type(kwargs[k]).__name__}"
            return fn(**kwargs)
        return wrapper
    return deco
@validate(x=int, y=str)
def show(x, y):
    return y * x
print(show(x=3, y="ab"))
print(show(x="3", y="ab"))
registry = {}
def register(name):
    def deco(fn):
        registry[name] = fn
        return fn
    return deco
@register("double")
def _d(x):
    return 2 * x
@register("neg")
def _n(x):
    return -x
print(sorted(registry), [registry[k](21) for k in sorted(registry)])
def memoize(fn):
    cache = {}
    def w(n):
        if n not in cache:
            cache[n] = fn(n)
        return cache[n]
    w.cache = cache
    return w
@memoize
def fib(n):
    return n if n < 2 else fib(n - 1) + fib(n - 2)
print(fib(80), len(fib.cache))
