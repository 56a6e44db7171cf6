class Point:
    count = 0

    def __init__(self, x, y=0):
        self.x = x
        self.y = y
        Point.count += 1

    def norm2(self):
        return self.x * self.x + self.y * self.y

    def moved(self, dx):
        return Point(self.x + dx, self.y)


p = Point(3, 4)
q = p.moved(1)
print(p.x, p.y, p.norm2(), q.x, Point.count, isinstance(p, Point))


class Animal:
    def __init__(self, name):
        self.name = name

    def speak(self):
        return self.name + " makes a sound"

    def describe(self):
        return "I am " + self.name + ": " + self.speak()


class Dog(Animal):
    def speak(self):
        return self.name + " barks"


for a in [Animal("generic"), Dog("rex")]:
    print(a.describe())
print(isinstance(Dog("x"), Animal), isinstance(Animal("y"), Dog))
d = Dog("fido")
d.age = 3
d.age += 1
counts = {"a": 1}
counts["a"] += 5
print(d.age, counts)


class Empty:
    pass


e = Empty()
e.value = [1]
e.value.append(2)
print(e.value)
print(p.missing)
