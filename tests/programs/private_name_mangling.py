# Private names: __x inside a class is _C__x (attributes, class variables, methods,
# __slots__), invisible as __x outside and to subclasses; underscore-only class names.
class Account:
    __count = 0
    def __init__(self, owner, balance):
        self.owner = owner
        self.__balance = balance
        Account.__count += 1
    def __check(self, amount):
        return amount <= self.__balance
    def withdraw(self, amount):
        if self.__check(amount):
            self.__balance -= amount
            return True
        return False
    @property
    def balance(self):
        return self.__balance
    @classmethod
    def count(cls):
        return cls.__count
    def __repr__(self):
        return f"Account({self.owner!r}, {self.__balance})"

a = Account("ann", 100)
print(a.withdraw(30), a.withdraw(100), a.balance, Account.count(), a)
try:
    print(a.__balance)
except AttributeError as e:
    print("AttributeError:", e)
print(a._Account__balance, sorted(k for k in vars(a)), sorted(k for k in vars(Account) if "count" in k or "check" in k))
class Sub(Account):
    def peek(self):
        try:
            return self.__balance
        except AttributeError as e:
            return "sub cannot see: " + str(e)
print(Sub("bob", 5).peek())
class _Hidden:
    def __init__(self):
        self.__x = 1
print(vars(_Hidden()))
class __Dunder:
    def __init__(self):
        self.__y = 2
print(vars(__Dunder()))
class Outer:
    class Inner:
        def __init__(self):
            self.__z = 3
    def make(self):
        self.__w = 4
        return self
print(vars(Outer.Inner()), vars(Outer().make()))
getattr(a, "__balance", "no plain __balance attribute") and print(getattr(a, "__balance", "no plain"))
class P:
    __slots__ = ("__x", "y")
    def __init__(self):
        self.__x = 1
        self.y = 2
    def get(self):
        return self.__x
p = P()
print(p.get(), p.y, P.__slots__)
try:
    p.z = 3
except AttributeError as e:
    print(e)
from dataclasses import dataclass
@dataclass
class D:
    a: int
    def __post_init__(self):
        self.__secret = self.a * 2
    def reveal(self):
        return self.__secret
print(D(4).reveal(), D(4))
import enum
class E(enum.Enum):
    A = 1
    def __describe(self):
        return self.name.lower()
    def describe(self):
        return self.__describe()
print(E.A.describe())
class N:
    def __private_method(self):
        return "pm"
    def call(self):
        return self.__private_method(), getattr(self, "_N__private_method")()
print(N().call())
