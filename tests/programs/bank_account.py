class Account:
    def __init__(self, owner, balance=0):
        self.owner = owner
        self.balance = balance
        self.history = []

    def deposit(self, amount):
        if amount <= 0:
            raise ValueError("deposit must be positive")
        self.balance += amount
        self.history.append(("deposit", amount))

    def withdraw(self, amount):
        if amount > self.balance:
            raise ValueError(f"insufficient funds: {self.balance} < {amount}")
        self.balance -= amount
        self.history.append(("withdraw", amount))


acct = Account("ann", 100)
acct.deposit(50)
try:
    acct.withdraw(500)
except ValueError as e:
    print("error:", e)
acct.withdraw(30)
for kind, amount in acct.history:
    print(f"{kind:>8} {amount:6.2f}")
print(acct.owner, acct.balance)
acct.deposit(-1)
