class BankError(Exception):
    pass
class Account:
    next_id = 1
    def __init__(self, owner, balance=0):
        self.id = Account.next_id
        Account.next_id += 1
        self.owner = owner
        self.balance = balance
        self.history = []
    def deposit(self, amt):
        if amt <= 0:
            raise BankError("deposit must be positive")
        self.balance += amt
        self.history.append(("dep", amt))
    def withdraw(self, amt):
        if amt > self.balance:
            raise BankError(f"{self.owner}: insufficient funds for {amt}")
        self.balance -= amt
        self.history.append(("wd", amt))
class Bank:
    def __init__(self):
        self.accounts = {}
    def open(self, owner, initial=0):
        a = Account(owner, initial)
        self.accounts[a.id] = a
        return a.id
    def transfer(self, src, dst, amt):
        self.accounts[src].withdraw(amt)
        self.accounts[dst].deposit(amt)
    def report(self):
        for aid, a in self.accounts.items():
            print(f"#{aid} {a.owner:<6} {a.balance:>8.2f} {len(a.history)} ops")
bank = Bank()
x = bank.open("xena", 100)
y = bank.open("yuri")
z = bank.open("zed", 50.5)
ops = [(x, y, 30), (y, z, 10), (z, x, 100), (x, z, 70), (y, x, 0)]
for s, d, amt in ops:
    try:
        bank.transfer(s, d, amt)
        print("ok", s, "->", d, amt)
    except BankError as e:
        print("failed:", e)
bank.report()
print(sum(a.balance for a in bank.accounts.values()))
