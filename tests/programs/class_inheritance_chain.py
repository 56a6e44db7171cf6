class Animal:
    sound = "..."
    def __init__(self, name):
        self.name = name
    def speak(self):
        return f"{self.name} says {self.sound}"
    def describe(self):
        return f"{type(self).__name__}: {self.speak()}"
class Dog(Animal):
    sound = "woof"
    def __init__(self, name, tricks=()):
        super().__init__(name)
        self.tricks = list(tricks)
    def speak(self):
        return super().speak() + "!"
class Puppy(Dog):
    sound = "yip"
    def speak(self):
        return super().speak().upper()
class Cat(Animal):
    sound = "meow"
for a in [Animal("thing"), Dog("rex", ["sit"]), Puppy("bit"), Cat("tom")]:
    print(a.describe())
p = Puppy("max", ["roll"])
print(p.tricks, isinstance(p, Dog), isinstance(p, Animal), isinstance(p, Cat))
print(issubclass(Puppy, Animal), issubclass(Animal, Dog))
print(Puppy.__name__, type(p).__name__)
Dog.sound = "WOOF"
print(Dog("d").speak(), Puppy("p").speak())
print(hasattr(p, "tricks"), getattr(p, "missing", "default"))
