class Money:
    def __init__(self, cents):
        self.cents = cents
    def __add__(self, other):
        if isinstance(other, Money):
            return Money(self.cents + other.cents)
        if isinstance(other, int):
            return Money(self.cents + other)
        return NotImplemented
    def __radd__(self, other):
        return self.__add__(other)
    def __mul__(self, k):
        return Money(self.cents * k)
    __rmul__ = __mul__
    def __sub__(self, other):
        return Money(self.cents - other.cents)
    def __neg__(self):
        return Money(-self.cents)
    def __abs__(self):
        return Money(abs(self.cents))
    def __repr__(self):
        sign = "-" if self.cents < 0 else ""
        return f"{sign}${abs(self.cents) // 100}.{abs(self.cents) % 100:02d}"
a, b = Money(1050), Money(299)
print(a + b, a - b, b - a, -a, abs(b - a))
print(a * 3, 3 * a, 5 + a, a + 5)
print(sum([a, b, Money(1)]))
try:
    a + "x"
except TypeError as e:
    print("TypeError:", e)
x = Money(100)
x += Money(25)
x *= 2
print(x)
