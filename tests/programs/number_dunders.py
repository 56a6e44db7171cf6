# divmod, round and float reach a class's __divmod__/__rdivmod__, __round__, __float__ and
# __index__, with CPython's errors; builtin subclasses keep their builtin behaviour.
class Num:
    def __init__(self, v):
        self.v = v

    def __divmod__(self, other):
        return ("divmod", self.v, other)

    def __rdivmod__(self, other):
        return ("rdivmod", other, self.v)

    def __round__(self, ndigits=None):
        return ("round", self.v, ndigits)

    def __float__(self):
        return self.v + 0.5


class OnlyIndex:
    def __index__(self):
        return 7


class BadFloat:
    def __float__(self):
        return 3


class FloorMod:
    def __floordiv__(self, o):
        return 1

    def __mod__(self, o):
        return 2


class F(float):
    pass


class I(int):
    pass


print(divmod(Num(17), 5), divmod(3, Num(4)), divmod(17, 5), divmod(-17, 5), divmod(7.5, 2))
print(round(Num(2)), round(Num(3), 1), round(Num(3), None), round(2.5), round(3.5), round(1234, -2))
print(float(Num(2)), float(OnlyIndex()), float(F(2.5)), float(I(4)), round(F(2.675), 2), divmod(I(7), 2))
for bad in [lambda: divmod(FloorMod(), 3), lambda: float(BadFloat()), lambda: round(object()),
            lambda: divmod("a", 1), lambda: float(object())]:
    try:
        print(bad())
    except TypeError as e:
        print("TypeError:", e)
