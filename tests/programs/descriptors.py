class Temp:
    scale = "C"
    def __init__(self, c):
        self._c = c
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, v):
        if v < -273.15:
            raise ValueError("below absolute zero")
        self._c = v
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @staticmethod
    def describe(x):
        return "temp " + str(x)
    @classmethod
    def freezing(cls):
        return cls(0)
    @classmethod
    def name(cls):
        return cls.__name__

t = Temp(100)
print(t.celsius, t.fahrenheit)
t.celsius = 37
print(t.celsius, round(t.fahrenheit, 1))
try:
    t.celsius = -300
except ValueError as e:
    print(e)
try:
    t.fahrenheit = 5
except AttributeError as e:
    print(e)
print(Temp.describe(5), t.describe(6), Temp.freezing().celsius, t.freezing().celsius)
class Sub(Temp):
    pass
print(Sub.name(), Sub.freezing().celsius, type(Sub.freezing()).__name__)

class Counter:
    count = 0
    def __init__(self):
        Counter.count += 1
    @classmethod
    def total(cls):
        return cls.count
Counter(); Counter()
print(Counter.total())
class P:
    def get_x(self):
        return 42
    x = property(get_x)
print(P().x)
