class Temperature:
    def __init__(self, celsius):
        self.celsius = celsius
    @property
    def celsius(self):
        return self._c
    @celsius.setter
    def celsius(self, value):
        if value < -273.15:
            raise ValueError(f"below absolute zero: {value}")
        self._c = value
    @property
    def fahrenheit(self):
        return self._c * 9 / 5 + 32
    @fahrenheit.setter
    def fahrenheit(self, f):
        self.celsius = (f - 32) * 5 / 9
    @property
    def kelvin(self):
        return round(self._c + 273.15, 2)
t = Temperature(25)
print(t.celsius, t.fahrenheit, t.kelvin)
t.fahrenheit = 212
print(t.celsius, t.kelvin)
try:
    t.celsius = -300
except ValueError as e:
    print("error:", e)
print(t.celsius)
try:
    t.kelvin = 0
except AttributeError:
    print("kelvin is read-only")
class Lazy:
    def __init__(self):
        self.computed = 0
    @property
    def value(self):
        self.computed += 1
        return 42
l = Lazy()
print(l.value + l.value, l.computed)
