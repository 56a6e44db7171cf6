class Account:
    def __init__(self, owner):
        self.owner = owner
        self.balance = 0
    def deposit(self, amt):
        self.balance += amt
a = Account("zoe")
a.deposit(10)
print(a.owner, a.balance)
print(hasattr(a, "withdraw"))
a.withdraw(5)
