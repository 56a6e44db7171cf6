class Base:
    def __init__(self):
        self.log = ["Base"]
    def who(self):
        return "Base"
class A(Base):
    def __init__(self):
        super().__init__()
        self.log.append("A")
    def who(self):
        return "A>" + super().who()
class B(Base):
    def __init__(self):
        super().__init__()
        self.log.append("B")
    def who(self):
        return "B>" + super().who()
class C(A, B):
    def __init__(self):
        super().__init__()
        self.log.append("C")
    def who(self):
        return "C>" + super().who()
c = C()
print(c.log)
print(c.who())
print([k.__name__ for k in C.__mro__])
class Mixin:
    def greet(self):
        return "hello from " + self.name()
class Thing(Mixin):
    def name(self):
        return "thing"
print(Thing().greet())
