class Date:
    created = 0
    def __init__(self, y, m, d):
        self.y, self.m, self.d = y, m, d
        Date.created += 1
    @classmethod
    def from_string(cls, s):
        y, m, d = map(int, s.split("-"))
        return cls(y, m, d)
    @classmethod
    def epoch(cls):
        return cls(1970, 1, 1)
    @staticmethod
    def is_leap(y):
        return y % 4 == 0 and (y % 100 != 0 or y % 400 == 0)
    def __repr__(self):
        return f"{type(self).__name__}({self.y:04d}-{self.m:02d}-{self.d:02d})"
class BirthDate(Date):
    def age_in(self, year):
        return year - self.y
a = Date.from_string("2024-02-29")
b = BirthDate.from_string("1990-07-04")
print(a, b, Date.epoch(), BirthDate.epoch())
print(b.age_in(2024), Date.created)
print([y for y in range(1896, 1912) if Date.is_leap(y)], a.is_leap(2000), Date.is_leap(1900))
m = Date.from_string
print(m("2000-01-02"), Date.created)
