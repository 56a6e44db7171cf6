class CountCalls:
    def __init__(self, fn):
        self.fn = fn
        self.count = 0
    def __call__(self, *args, **kwargs):
        self.count += 1
        return self.fn(*args, **kwargs)
@CountCalls
def mul(a, b):
    return a * b
print(mul(2, 3), mul(4, 5), mul.count)
def add_method(cls):
    def describe(self):
        return f"{cls.__name__} with {sorted(vars(self))}"
    cls.describe = describe
    return cls
@add_method
class Point:
    def __init__(self, x, y):
        self.x = x
        self.y = y
print(Point(1, 2).describe())
class Retry:
    def __init__(self, n):
        self.n = n
    def __call__(self, fn):
        def w(*a):
            for attempt in range(1, self.n + 1):
                try:
                    return fn(attempt, *a)
                except ValueError as e:
                    print("attempt", attempt, "failed:", e)
            return None
        return w
@Retry(3)
def flaky(attempt, x):
    if attempt < 3:
        raise ValueError(f"not yet {x}")
    return x * 10
print(flaky(7))
